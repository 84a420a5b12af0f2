namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Begins <see cref="StorageReadiness"/> as the host starts, beside the rest of start-up, rather than on the first
/// request: every first request (the health check, an API call, the timer, a queue message) needs the storage clients
/// and their tables, and on a cold start their first round trips are most of that request's time. It does not wait
/// for them: a failure is only logged, and the next use of storage tries again.
/// </summary>
internal sealed class StorageWarmUp(StorageReadiness readiness, ILogger<StorageWarmUp> logger) : IHostedService
{
    /// <summary>Completes when the warm-up has ended, prepared or not (never faults).</summary>
    internal Task Ended { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Ended = Task.Run(WarmAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync()
    {
        try
        {
            await readiness.EnsureAsync(CancellationToken.None);
        }
        catch (Exception e) when (StorageReadiness.IsUnreachable(e))
        {
            logger.LogInformation(e, "Storage not ready at start-up; the first request will try again");
        }
    }
}
