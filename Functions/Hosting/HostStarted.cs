namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Lets a background service begin its work once the server is listening: the host starts hosted services before the
/// server, so work done at once (the first queue poll, the recovery pass, their storage clients) delays the first request.
/// </summary>
public static class HostStarted
{
    /// <summary>Completes when the host has started (at once if it already has); throws if stopping comes first.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
