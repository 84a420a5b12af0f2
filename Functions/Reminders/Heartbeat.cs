namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Runs a renewal every <c>every</c> (on the injected clock) while some work is in progress, and stops when disposed,
/// waiting for a renewal under way (never cancelling it, so its result is known) so that nothing writes after it: the digest's lease during a long send, a queue
/// message's invisibility while the self-host handles it. A renewal that fails is logged and tried again next beat;
/// one that returns false (someone else moved the record on) ends the beats.
/// </summary>
internal sealed class Heartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beats;

    private Heartbeat(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time, ILogger logger) =>
        _beats = BeatAsync(renew, every, time, logger);

    public static Heartbeat Start(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time, ILogger logger) =>
        new(renew, every, time, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beats;
        _stop.Dispose();
    }

    private async Task BeatAsync(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider time, ILogger logger)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, _stop.Token);
                try
                {
                    if (!await renew(CancellationToken.None))
                    {
                        logger.LogInformation("A renewal found the record moved on by someone else; the renewals stop");
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    logger.LogWarning(e, "A renewal failed; trying again in {Every}", every);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped: the work is over.
        }
    }
}
