using DeadlineBot.Functions.Email;

namespace DeadlineBot.Tests.Support;

/// <summary>The real sender, except that the first send waits in the middle until <see cref="Open"/> (a slow relay).</summary>
public sealed class GatedSender(IEmailSender inner) : IEmailSender
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    /// <summary>Completes when the first send has started.</summary>
    public Task Entered => _entered.Task;

    public void Open() => _open.TrySetResult();

    public async Task<IReadOnlyList<string>> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            _entered.TrySetResult();
            await _open.Task.WaitAsync(cancellationToken);
        }

        return await inner.SendAsync(message, cancellationToken);
    }
}
