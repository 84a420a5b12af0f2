using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Web;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Runs the app's functions where no Functions host starts it (these machines, CI, a container): the timer and the
/// queue trigger as background services with the host's semantics, the HTTP functions at their own routes, and the
/// admin route that runs a non-HTTP function now.
/// </summary>
public static class SelfHost
{
    public static WebApplicationBuilder AddSelfHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddSingleton<ScanTimerService>();
        builder.Services.AddSingleton<QueueListenerService>();
        var options = builder.Configuration.GetSection(SelfHostOptions.Section).Get<SelfHostOptions>() ?? new SelfHostOptions();
        if (options.Triggers)
        {
            builder.Services.AddHostedService(s => s.GetRequiredService<ScanTimerService>());
            builder.Services.AddHostedService(s => s.GetRequiredService<QueueListenerService>());
            builder.Services.AddHostedService<RecoveryTimerService>();
        }

        return builder;
    }

    public static WebApplication MapSelfHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHttpFunctions(app.Services.GetRequiredService<HostJson>());
        app.MapAdminFunctions();
        if (WebPaths.Base != "/" + WebPaths.Route)
        {
            // The web app lives under the Functions host's route prefix (/api/app/); the short address leads there.
            app.MapGet("/" + WebPaths.Route + "/{**rest}", context =>
            {
                var rest = context.Request.RouteValues["rest"]?.ToString() ?? string.Empty;
                context.Response.Redirect(WebPaths.To(rest) + context.Request.QueryString);
                return Task.CompletedTask;
            });
        }

        return app;
    }
}
