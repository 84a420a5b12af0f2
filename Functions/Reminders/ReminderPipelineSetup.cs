using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeadlineBot.Functions;

public static class ReminderPipelineSetup
{
    /// <summary>Registers the scan and send services and, when no Functions host starts the app, the Cronos timer and queue listener.</summary>
    public static WebApplicationBuilder AddReminderPipeline(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<IReportLinks, TaskPageLinks>();
        builder.Services.AddSingleton<DigestDispatcher>();
        builder.Services.AddSingleton<ReminderScanService>();
        builder.Services.AddSingleton<ReminderSendService>();
        builder.AddHosting();
        return builder;
    }

    /// <summary>Maps the custom-handler endpoints the Functions host invokes for the timer and queue triggers.</summary>
    public static WebApplication MapFunctionsHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapFunctionsHostEndpoints();
        return app;
    }
}
