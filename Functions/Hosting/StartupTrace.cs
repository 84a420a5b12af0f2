using System.Diagnostics;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// A start-up diagnostic: with <c>DEADLINEBOT_STARTUP_TRACE=1</c> the self-host prints to standard error how long each
/// phase took from process start (runtime start, host builder, registrations, build, routes, server started, first
/// answered request). Off, it costs one environment read.
/// </summary>
public static class StartupTrace
{
    public const string Variable = "DEADLINEBOT_STARTUP_TRACE";

    private static readonly long Origin = TimeProvider.System.GetTimestamp();
    private static long _last = Origin;
    private static int _firstRequest;

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable(Variable) == "1";

    // The runtime's own start (before Main): the process's age when this type is first touched.
    private static readonly TimeSpan RuntimeStart =
        Enabled ? TimeProvider.System.GetUtcNow().UtcDateTime - Process.GetCurrentProcess().StartTime.ToUniversalTime() : TimeSpan.Zero;

    /// <summary>Prints the phase that just ended: its own time and the time since the process started.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = TimeProvider.System.GetTimestamp();
        var sinceStart = RuntimeStart + TimeProvider.System.GetElapsedTime(Origin, now);
        var own = TimeProvider.System.GetElapsedTime(Interlocked.Exchange(ref _last, now), now);
        Console.Error.WriteLine($"startup: {phase,-28} {own.TotalMilliseconds,7:F1} ms   at {sinceStart.TotalMilliseconds,7:F1} ms");
    }

    /// <summary>Marks the server's start and the end of the first request that reaches the app's pipeline.</summary>
    public static WebApplication UseStartupTrace(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!Enabled)
        {
            return app;
        }

        app.Lifetime.ApplicationStarted.Register(() => Mark("server started"));
        app.Use(async (context, next) =>
        {
            await next(context);
            if (Interlocked.Exchange(ref _firstRequest, 1) == 0)
            {
                Mark($"first request ({context.Request.Path})");
            }
        });
        return app;
    }
}
