using DeadlineBot.Functions.Exports;
using DeadlineBot.Functions.Feeds;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeadlineBot.Functions;

public static class DeadlineBotSetup
{
    /// <summary>Everything the functions need, the same whichever host runs them.</summary>
    public static IHostApplicationBuilder AddDeadlineBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(HostJson.Current);
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddSingleton<Seeder>();
        builder.Services.AddHostedService(s => s.GetRequiredService<Seeder>());
        return builder.AddDeadlineBotCore().AddStorage().AddEmail().AddReminderPipeline().AddApi().AddExports().AddFeeds().AddWeb();
    }
}
