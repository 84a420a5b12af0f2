using DeadlineBot.Functions.Email;

namespace DeadlineBot.Tests.Support;

/// <summary>The real sender, except that the first <paramref name="failures"/> sends fail as a busy relay would (transient).</summary>
public sealed class FlakySender(IEmailSender inner, int failures) : IEmailSender
{
    private int _calls;

    public int Calls => _calls;

    public Task<IReadOnlyList<string>> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) <= failures
            ? throw new EmailDeliveryException("421 Service not available, try again later", isTransient: true, attempts: 1)
            : inner.SendAsync(message, cancellationToken);
}
