using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The admins' hand on delivery beyond re-driving (<see cref="DigestRecovery.RedriveAsync"/>): dismissing a failure —
/// the digest becomes <see cref="DigestStatus.Dismissed"/> with its last error kept, and a row on the failure log says
/// who gave it up and when, so nothing leaves the list silently — and reading what sits on the poison queue.
/// </summary>
public sealed class DeliveryDesk(ReminderLog log, ReminderQueues queues, TimeProvider time, ILogger<DeliveryDesk> logger)
{
    /// <summary>The most messages one look at the poison queue returns (the queue service's own limit for a peek).</summary>
    public const int PoisonPeekLimit = 32;

    /// <summary>Dismisses a failed or undeliverable digest: <see cref="WriteOutcome.NotFound"/>, <see cref="WriteOutcome.Stale"/> when it is in another state (or was moved meanwhile), or <see cref="WriteOutcome.Saved"/>.</summary>
    public async Task<(WriteOutcome Outcome, DigestRecord? Digest)> DismissAsync(string digestId, CancellationToken cancellationToken)
    {
        var digest = await log.GetDigestAsync(digestId, cancellationToken);
        if (digest is null)
        {
            return (WriteOutcome.NotFound, null);
        }

        var now = time.GetUtcNow();
        var dismissed = DigestStates.Dismissed(digest, now, ReminderMessages.Dismissed(now, digest.Error));
        if (!DigestStates.CanRedrive(digest) || !(await log.UpdateDigestAsync(dismissed, cancellationToken)).Saved)
        {
            return (WriteOutcome.Stale, digest);
        }

        await log.AddFailureAsync(new SendFailure(digest.Id, digest.Agency, digest.Date, now, digest.Attempts, dismissed.Error!), cancellationToken);
        logger.LogWarning("Digest {DigestId} for {Agency} on {Date} was dismissed by an admin; last error: {Error}", digest.Id, digest.Agency, digest.Date, digest.Error);
        return (WriteOutcome.Saved, dismissed);
    }

    /// <summary>The messages on <c>&lt;queue&gt;-poison</c> (up to <see cref="PoisonPeekLimit"/>), each read as a digest reference with that digest as it stands.</summary>
    public async Task<IReadOnlyList<PoisonedMessage>> ListPoisonAsync(CancellationToken cancellationToken)
    {
        var poison = await queues.GetPoisonAsync(cancellationToken);
        var peeked = (await poison.PeekMessagesAsync(PoisonPeekLimit, cancellationToken)).Value;
        var found = new List<PoisonedMessage>(peeked.Length);
        foreach (var message in peeked)
        {
            var body = message.Body?.ToString() ?? string.Empty;
            var reference = ReminderMessage.TryRead(body);
            var digest = reference is null ? null : await log.GetDigestAsync(reference.DigestId, cancellationToken);
            found.Add(new PoisonedMessage(message.MessageId, message.InsertedOn, message.DequeueCount, body, reference, digest));
        }

        return found;
    }
}
