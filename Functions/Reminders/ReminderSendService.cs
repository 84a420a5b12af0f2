using Azure;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Sends one queued digest, moving it through <see cref="DigestStates"/>: takes the lease (Sending), re-reads its tasks
/// (<see cref="DigestRefresher"/>), renders the email for the day of sending and sends it within
/// <see cref="ReminderOptions.SendDeadline"/>, shorter than the lease, renewing the lease every third of it while the SMTP
/// conversation runs (<see cref="Heartbeat"/>). Whatever happens the lease is released: Sent
/// (that write retried until it lands), Unknown when the server may have taken the email (the next delivery sends it
/// again with the same Message-ID, which a receiving server can use to drop the repeat), Queued for a transient failure
/// (the host retries; after its last delivery a failure row tells the admins and recovery queues it later), Failed
/// for a permanent one, Undeliverable when the agency has no address, Dropped when no item is left.
/// </summary>
public sealed class ReminderSendService(
    ReminderLog log,
    AgencyRepository agencies,
    ReminderQueues queues,
    DigestRefresher refresher,
    DigestEmails emails,
    IEmailSender sender,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    HostJson hostJson,
    ILogger<ReminderSendService> logger)
{
    private const int SentWriteAttempts = 8;

    public async Task<SendOutcome> HandleAsync(string? message, long dequeueCount, CancellationToken cancellationToken)
    {
        var reference = ReminderMessage.TryRead(message);
        if (reference is null)
        {
            return await PoisonAsync(message ?? string.Empty, null, dequeueCount, ReminderMessages.UnreadableMessage, cancellationToken);
        }

        var read = await log.GetDigestAsync(reference.DigestId, cancellationToken);
        if (read is null)
        {
            return await PoisonAsync(message!, null, dequeueCount, ReminderMessages.DigestMissing(reference.DigestId), cancellationToken);
        }

        var now = time.GetUtcNow();
        if (DigestStates.IsLeased(read, now))
        {
            logger.LogInformation("Digest {DigestId} is being sent by another delivery until {Until}; delivery {DequeueCount} waits", read.Id, read.SendingUntil, dequeueCount);
            return SendOutcome.Retry;
        }

        if (!DigestStates.IsSendable(read, now))
        {
            logger.LogInformation("Digest {DigestId} was already {Status}; redelivery number {DequeueCount} sends nothing", read.Id, read.Status, dequeueCount);
            return SendOutcome.AlreadyHandled;
        }

        var mayHaveBeenSent = DigestStates.MayHaveBeenSent(read);
        var leased = DigestStates.Leased(read, now, options.Value.SendLease);
        var lease = await log.UpdateDigestAsync(leased, cancellationToken);
        if (!lease.Saved)
        {
            return SendOutcome.Retry;
        }

        var delivery = new Delivery(leased with { ETag = lease.ETag }, mayHaveBeenSent);
        try
        {
            return await SendLeasedAsync(delivery, message!, dequeueCount, cancellationToken);
        }
        finally
        {
            if (delivery.Digest.Status == DigestStatus.Sending)
            {
                await ReleaseAsync(delivery, null, delivery.Handed);
            }
        }
    }

    private async Task<SendOutcome> SendLeasedAsync(Delivery delivery, string message, long dequeueCount, CancellationToken cancellationToken)
    {
        var digest = delivery.Digest;
        var agency = await agencies.FindByNameAsync(digest.Agency, cancellationToken);
        if (agency is null || agency.Emails.Count == 0)
        {
            var error = ReminderMessages.NoAddress(digest.Agency);
            await SettleAsync(delivery, DigestStates.Undeliverable(digest, time.GetUtcNow(), error), cancellationToken);
            await AddFailureAsync(digest, dequeueCount, error, cancellationToken);
            return SendOutcome.Undeliverable;
        }

        var today = VietnamTime.Today(time) is var day && day > digest.Date ? day : digest.Date;
        var items = await refresher.RefreshAsync(digest, today, cancellationToken);
        if (items.Count == 0)
        {
            await SettleAsync(delivery, DigestStates.Dropped(digest, time.GetUtcNow()), cancellationToken);
            logger.LogInformation("Digest {DigestId} for {Agency}: no reminder is left to send at {Date}", digest.Id, digest.Agency, today);
            return SendOutcome.Dropped;
        }

        var email = await emails.ComposeAsync(digest.Id, agency, new ReminderDigest(agency.DisplayName, today, items), cancellationToken);
        using var deadline = new CancellationTokenSource(options.Value.SendDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        IReadOnlyList<string> refusedCopies;
        try
        {
            await using (Heartbeat.Start(ct => RenewLeaseAsync(delivery, ct), options.Value.SendLease / 3, time, logger))
            {
                refusedCopies = await sender.SendAsync(email, linked.Token);
            }

            delivery.Handed = true;
        }
        catch (EmailDeliveryException e) when (e.MayHaveBeenTaken)
        {
            await ReleaseAsync(delivery, ReminderMessages.OutcomeUnknown(e.Message), mayHaveBeenSent: true);
            logger.LogWarning(e, "Digest {DigestId} for {Agency}: outcome unknown on delivery {DequeueCount}", digest.Id, digest.Agency, dequeueCount);
            return SendOutcome.Retry;
        }
        catch (Exception e) when (e is EmailDeliveryException { IsTransient: true } || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await ReleaseAsync(delivery, e.Message);
            if (dequeueCount >= hostJson.MaxDequeueCount)
            {
                await AddFailureAsync(digest, dequeueCount, ReminderMessages.WillRetry(dequeueCount, e.Message), CancellationToken.None);
            }

            logger.LogWarning(e, "Digest {DigestId} for {Agency}: transient failure on delivery {DequeueCount}; it will be retried", digest.Id, digest.Agency, dequeueCount);
            return SendOutcome.Retry;
        }
        catch (EmailDeliveryException e)
        {
            await SettleAsync(delivery, DigestStates.Failed(digest, time.GetUtcNow(), e.Message), CancellationToken.None);
            return await PoisonAsync(message, digest, dequeueCount, e.Message, CancellationToken.None);
        }

        var recipients = string.Join(", ", email.To.Concat(email.Cc).Except(refusedCopies, StringComparer.OrdinalIgnoreCase));
        await RecordSentAsync(delivery, recipients, new SentEmail(email.Content.Subject, email.Content.Text));
        if (refusedCopies.Count > 0)
        {
            // The digest is Sent; the refused copies are the admins' to mend, on the failure log they read.
            try
            {
                await AddFailureAsync(digest, dequeueCount, ReminderMessages.CopyRefused(refusedCopies), CancellationToken.None);
            }
            catch (RequestFailedException e)
            {
                logger.LogError(e, "Digest {DigestId}: the refused copy address(es) {Refused} could not be put on the failure log", digest.Id, refusedCopies);
            }
        }

        logger.LogInformation("Sent digest {DigestId} with {Count} reminders to {Agency} ({Recipients})", digest.Id, items.Count, digest.Agency, recipients);
        return SendOutcome.Sent;
    }

    /// <summary>The email is out: record it, retrying storage errors (and re-reading on a stale version) until the write lands.</summary>
    private async Task RecordSentAsync(Delivery delivery, string recipients, SentEmail email)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var sent = await log.UpdateDigestAsync(DigestStates.Sent(delivery.Digest, time.GetUtcNow(), recipients, email), CancellationToken.None);
                if (sent.Saved || await log.GetDigestAsync(delivery.Digest.Id, CancellationToken.None) is not { } current)
                {
                    delivery.Digest = delivery.Digest with { Status = DigestStatus.Sent };
                    return;
                }

                delivery.Digest = current;
            }
            catch (RequestFailedException e) when (attempt < SentWriteAttempts)
            {
                logger.LogWarning(e, "Recording digest {DigestId} as sent failed on attempt {Attempt}; trying again", delivery.Digest.Id, attempt);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << Math.Min(attempt, 6))), time, CancellationToken.None);
        }
    }

    /// <summary>Extends the lease of a send still running by another <see cref="ReminderOptions.SendLease"/>; false when the digest was moved on by someone else.</summary>
    private async Task<bool> RenewLeaseAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var renewed = delivery.Digest with { SendingUntil = now + options.Value.SendLease, Updated = now };
        var write = await log.UpdateDigestAsync(renewed, cancellationToken);
        if (write.Saved)
        {
            delivery.Digest = renewed with { ETag = write.ETag };
            logger.LogInformation("Digest {DigestId} is still being sent; its lease runs until {Until}", renewed.Id, renewed.SendingUntil);
        }

        return write.Saved;
    }

    /// <summary>Moves the leased digest on; a stale version means someone else already did, which is fine.</summary>
    private async Task SettleAsync(Delivery delivery, DigestRecord next, CancellationToken cancellationToken)
    {
        await log.UpdateDigestAsync(next, cancellationToken);
        delivery.Digest = next;
    }

    /// <summary>Gives the lease back (every exit that did not settle the digest); never throws, as it runs in a finally.</summary>
    private async Task ReleaseAsync(Delivery delivery, string? error, bool mayHaveBeenSent = false)
    {
        var released = DigestStates.Released(delivery.Digest, time.GetUtcNow(), error, mayHaveBeenSent || delivery.MayHaveBeenSent);
        try
        {
            await SettleAsync(delivery, released, CancellationToken.None);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException)
        {
            delivery.Digest = released;
            logger.LogWarning(e, "Could not release digest {DigestId}; its lease expires at {Until} and recovery takes it on", released.Id, delivery.Digest.SendingUntil);
        }
    }

    private Task AddFailureAsync(DigestRecord digest, long dequeueCount, string error, CancellationToken cancellationToken) =>
        log.AddFailureAsync(new SendFailure(digest.Id, digest.Agency, digest.Date, time.GetUtcNow(), dequeueCount, error), cancellationToken);

    /// <summary>Copies the message to the poison queue (unless it is too large for one: the failure row says so) and leaves a failure row for the admins.</summary>
    private async Task<SendOutcome> PoisonAsync(string message, DigestRecord? digest, long dequeueCount, string error, CancellationToken cancellationToken)
    {
        var kept = await queues.PoisonAsync(message, cancellationToken);
        var now = time.GetUtcNow();
        var reason = kept ? error : ReminderMessages.NotKept(message.Length, error);
        await log.AddFailureAsync(
            new SendFailure(digest?.Id ?? "unreadable", digest?.Agency ?? string.Empty, digest?.Date ?? DateOnly.FromDateTime(now.UtcDateTime), now, dequeueCount, reason),
            cancellationToken);
        logger.LogError("Digest {DigestId} moved to {PoisonQueue} after {DequeueCount} deliveries: {Error}", digest?.Id, queues.PoisonName, dequeueCount, reason);
        return SendOutcome.Poisoned;
    }

    /// <summary>The digest as this delivery last wrote it, and whether an earlier delivery may already have sent it.</summary>
    private sealed class Delivery(DigestRecord digest, bool mayHaveBeenSent)
    {
        public DigestRecord Digest { get; set; } = digest;

        public bool MayHaveBeenSent { get; } = mayHaveBeenSent;

        /// <summary>The SMTP server took the email: if recording Sent fails, the digest is released as Unknown.</summary>
        public bool Handed { get; set; }
    }
}
