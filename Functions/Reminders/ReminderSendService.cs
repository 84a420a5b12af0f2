using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Sends one queued digest: finds the agency's addresses (and, for escalated items, the report-to bodies' and the
/// admins'), renders the Vietnamese email, sends it, and records it as sent so that a redelivered message sends
/// nothing. While one delivery sends a digest it holds a lease on it, so two deliveries of the same digest at once (a
/// redelivered message, or the copy a scan queues when it finishes a digest an interrupted scan left) never both send.
/// Transient SMTP failures ask for a retry; after host.json's <c>maxDequeueCount</c> deliveries,
/// or on a failure no retry can mend, the message goes to the poison queue and a failure row tells the admins.
/// </summary>
public sealed class ReminderSendService(
    ReminderLog log,
    AgencyRepository agencies,
    ReminderQueues queues,
    ReminderEmailRenderer renderer,
    IEmailSender sender,
    IReportLinks links,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    HostJson hostJson,
    ILogger<ReminderSendService> logger)
{
    /// <summary>How long one delivery holds a digest while sending it (the queue listener's visibility timeout).</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<SendOutcome> HandleAsync(string? message, long dequeueCount, CancellationToken cancellationToken)
    {
        var reference = ReminderMessage.TryRead(message);
        if (reference is null)
        {
            return await PoisonAsync(message ?? string.Empty, null, dequeueCount, ReminderMessages.UnreadableMessage, cancellationToken);
        }

        var digest = await log.GetDigestAsync(reference.DigestId, cancellationToken);
        if (digest is null)
        {
            return await PoisonAsync(message!, null, dequeueCount, ReminderMessages.DigestMissing(reference.DigestId), cancellationToken);
        }

        // A Claimed digest is sendable: its message can arrive before the scan marks it Queued.
        if (digest.Status is not (DigestStatus.Claimed or DigestStatus.Queued))
        {
            logger.LogInformation("Digest {DigestId} was already {Status}; redelivery number {DequeueCount} sends nothing", digest.Id, digest.Status, dequeueCount);
            return SendOutcome.AlreadyHandled;
        }

        // A lease: only one delivery of a digest's messages sends at a time; one that finds the lease taken, or loses the
        // race to take it (a stale ETag), is retried later and then finds the digest Sent. A lease outlives a crashed sender.
        var now = time.GetUtcNow();
        if (digest.SendingUntil > now)
        {
            logger.LogInformation("Digest {DigestId} is being sent by another delivery until {Until}; delivery {DequeueCount} waits", digest.Id, digest.SendingUntil, dequeueCount);
            return SendOutcome.Retry;
        }

        digest = digest with { Attempts = digest.Attempts + 1, SendingUntil = now + Lease };
        var attempt = await log.UpdateDigestAsync(digest, cancellationToken);
        if (!attempt.Saved)
        {
            return SendOutcome.Retry;
        }

        digest = digest with { ETag = attempt.ETag };
        var agency = await agencies.FindByNameAsync(digest.Agency, cancellationToken);
        if (agency is null || agency.Emails.Count == 0)
        {
            return await PoisonAsync(message!, digest, dequeueCount, ReminderMessages.NoAddress(digest.Agency), cancellationToken);
        }

        var email = await ComposeAsync(digest, agency, cancellationToken);
        try
        {
            await sender.SendAsync(email, cancellationToken);
        }
        catch (EmailDeliveryException e) when (e.IsTransient && dequeueCount < hostJson.MaxDequeueCount)
        {
            await log.UpdateDigestAsync(digest with { SendingUntil = null }, cancellationToken);
            logger.LogWarning(e, "Digest {DigestId} for {Agency}: transient failure on delivery {DequeueCount}; it will be retried", digest.Id, digest.Agency, dequeueCount);
            return SendOutcome.Retry;
        }
        catch (EmailDeliveryException e)
        {
            return await PoisonAsync(message!, digest, dequeueCount, e.Message, cancellationToken);
        }

        var recipients = string.Join(", ", email.To.Concat(email.Cc));
        await log.UpdateDigestAsync(digest with { Status = DigestStatus.Sent, Sent = time.GetUtcNow(), Recipients = recipients, SendingUntil = null }, cancellationToken);
        logger.LogInformation("Sent digest {DigestId} with {Count} reminders to {Agency} ({Recipients})", digest.Id, digest.Items.Count, digest.Agency, recipients);
        return SendOutcome.Sent;
    }

    private async Task<EmailMessage> ComposeAsync(DigestRecord digest, Agency agency, CancellationToken cancellationToken)
    {
        var reminder = new ReminderDigest(agency.DisplayName, digest.Date, digest.Items);
        var cc = new List<string>();
        if (reminder.IsEscalated)
        {
            foreach (var body in reminder.EscalateTo)
            {
                cc.AddRange((await agencies.FindByNameAsync(body, cancellationToken))?.Emails ?? []);
            }

            cc.AddRange(options.Value.AdminEmailList);
        }

        var to = agency.Emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        cc = [.. cc.Distinct(StringComparer.OrdinalIgnoreCase).Except(to, StringComparer.OrdinalIgnoreCase)];
        var content = renderer.Render(reminder, item => links.LinkFor(agency.Id, item, digest.Date));
        return new EmailMessage(to, cc, content, digest.Id);
    }

    /// <summary>Copies the message to the poison queue (unless it is too large for one: the failure row says so), marks the digest failed and leaves a failure row for the admins.</summary>
    private async Task<SendOutcome> PoisonAsync(string message, DigestRecord? digest, long dequeueCount, string error, CancellationToken cancellationToken)
    {
        var kept = await queues.PoisonAsync(message, cancellationToken);
        var now = time.GetUtcNow();
        var reason = dequeueCount >= hostJson.MaxDequeueCount ? ReminderMessages.GaveUp(dequeueCount, error) : error;
        reason = kept ? reason : ReminderMessages.NotKept(message.Length, reason);
        if (digest is not null)
        {
            await log.UpdateDigestAsync(digest with { Status = DigestStatus.Failed, Error = reason }, cancellationToken);
        }

        await log.AddFailureAsync(
            new SendFailure(digest?.Id ?? "unreadable", digest?.Agency ?? string.Empty, digest?.Date ?? DateOnly.FromDateTime(now.UtcDateTime), now, dequeueCount, reason),
            cancellationToken);
        logger.LogError("Digest {DigestId} moved to {PoisonQueue} after {DequeueCount} deliveries: {Error}", digest?.Id, queues.PoisonName, dequeueCount, reason);
        return SendOutcome.Poisoned;
    }
}
