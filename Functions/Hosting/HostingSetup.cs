using DeadlineBot.Functions.Hosting;

namespace DeadlineBot.Functions;

public static class HostingSetup
{
    /// <summary>
    /// Listens on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> when the Functions host starts the app; otherwise runs the
    /// Cronos timer and the queue listener itself.
    /// </summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mode = HostingMode.From(builder.Configuration);
        builder.Services.AddSingleton(mode);
        if (mode.CustomHandlerPort is { } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddSingleton<Seeder>();
        builder.Services.AddHostedService(s => s.GetRequiredService<Seeder>());
        builder.Services.AddSingleton<ScanTimerService>();
        builder.Services.AddSingleton<QueueListenerService>();
        if (mode.SelfHosted)
        {
            builder.Services.AddHostedService(s => s.GetRequiredService<ScanTimerService>());
            builder.Services.AddHostedService(s => s.GetRequiredService<QueueListenerService>());
        }

        return builder;
    }
}
