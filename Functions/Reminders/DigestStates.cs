using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The delivery state machine of one digest, in one place. Every write of a digest's status goes through one of these
/// transitions, conditional on the ETag read, so two actors never both win a move:
/// <code>
///   scan:      (new) ──record──▶ Claimed ──queue──▶ Queued
///   sender:    Claimed | Queued | Unknown | Sending(lease expired) ──lease──▶ Sending
///              Sending ──250──▶ Sent            Sending ──reply lost/late──▶ Unknown
///              Sending ──transient──▶ Queued    Sending ──permanent──▶ Failed
///              Sending ──no address──▶ Undeliverable    Sending ──no item left──▶ Dropped
///   recovery:  Claimed | Queued | Unknown | Sending(lease expired), untouched for RecoverAfter ──requeue──▶ same status, new message
///   admin:     Failed | Undeliverable ──re-drive──▶ Queued     Failed | Undeliverable ──dismiss──▶ Dismissed
/// </code>
/// A lease that expires (the sender died) reads as Unknown: the next delivery sends again with the same Message-ID.
/// </summary>
public static class DigestStates
{
    /// <summary>Whether a delivery may take the digest on at <paramref name="now"/> (no live lease on it).</summary>
    public static bool IsSendable(DigestRecord digest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Status is DigestStatus.Claimed or DigestStatus.Queued or DigestStatus.Unknown
            || (digest.Status == DigestStatus.Sending && !IsLeased(digest, now));
    }

    /// <summary>Whether a delivery is sending the digest now: nobody else may touch it.</summary>
    public static bool IsLeased(DigestRecord digest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Status == DigestStatus.Sending && digest.SendingUntil > now;
    }

    /// <summary>Whether the email may already be in an inbox: an earlier delivery reached the SMTP server's DATA, or died holding the lease.</summary>
    public static bool MayHaveBeenSent(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Status is DigestStatus.Unknown or DigestStatus.Sending;
    }

    /// <summary>Whether recovery should queue the digest again: still to be sent, no live lease, and nobody touched it for <paramref name="after"/>.</summary>
    public static bool NeedsRepair(DigestRecord digest, DateTimeOffset now, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return IsSendable(digest, now) && (digest.Updated ?? digest.Queued) <= now - after;
    }

    /// <summary>Whether an admin may re-drive the digest.</summary>
    public static bool CanRedrive(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Status is DigestStatus.Failed or DigestStatus.Undeliverable;
    }

    /// <summary>Statuses recovery looks at.</summary>
    public static IReadOnlyList<DigestStatus> Unfinished { get; } = [DigestStatus.Claimed, DigestStatus.Queued, DigestStatus.Sending, DigestStatus.Unknown];

    /// <summary>Statuses shown on the admins' failure list.</summary>
    public static IReadOnlyList<DigestStatus> NeedingAdmins { get; } = [DigestStatus.Failed, DigestStatus.Undeliverable];

    public static DigestRecord Recorded(DigestRecord digest) => digest with { Status = DigestStatus.Claimed, Updated = digest.Queued };

    /// <summary>The scan queued the message: Claimed becomes Queued (any later status is left alone by the ETag).</summary>
    public static DigestRecord Queued(DigestRecord digest, DateTimeOffset now) => digest with { Status = DigestStatus.Queued, Updated = now };

    /// <summary>Recovery or an admin put a new message on the queue; the status stays (a re-driven failure becomes Queued).</summary>
    public static DigestRecord Requeued(DigestRecord digest, DateTimeOffset now) =>
        digest with { Status = CanRedrive(digest) ? DigestStatus.Queued : digest.Status, Updated = now };

    public static DigestRecord Leased(DigestRecord digest, DateTimeOffset now, TimeSpan lease) =>
        digest with { Status = DigestStatus.Sending, SendingUntil = now + lease, Attempts = digest.Attempts + 1, Updated = now };

    public static DigestRecord Sent(DigestRecord digest, DateTimeOffset now, string recipients, SentEmail email) =>
        digest with { Status = DigestStatus.Sent, Sent = now, Recipients = recipients, SendingUntil = null, Updated = now, Email = email };

    public static DigestRecord OutcomeUnknown(DigestRecord digest, DateTimeOffset now, string error) =>
        digest with { Status = DigestStatus.Unknown, Error = error, SendingUntil = null, Updated = now };

    /// <summary>A transient failure: back to Queued (or Unknown, if an earlier delivery may have sent it), lease released.</summary>
    public static DigestRecord Released(DigestRecord digest, DateTimeOffset now, string? error, bool mayHaveBeenSent) =>
        digest with { Status = mayHaveBeenSent ? DigestStatus.Unknown : DigestStatus.Queued, Error = error ?? digest.Error, SendingUntil = null, Updated = now };

    public static DigestRecord Failed(DigestRecord digest, DateTimeOffset now, string error) =>
        digest with { Status = DigestStatus.Failed, Error = error, SendingUntil = null, Updated = now };

    public static DigestRecord Undeliverable(DigestRecord digest, DateTimeOffset now, string error) =>
        digest with { Status = DigestStatus.Undeliverable, Error = error, SendingUntil = null, Updated = now };

    /// <summary>An admin gave the digest up: it leaves the failure list, its last error kept in the note.</summary>
    public static DigestRecord Dismissed(DigestRecord digest, DateTimeOffset now, string note) =>
        digest with { Status = DigestStatus.Dismissed, Error = note, SendingUntil = null, Updated = now };

    public static DigestRecord Dropped(DigestRecord digest, DateTimeOffset now) =>
        digest with { Status = DigestStatus.Dropped, SendingUntil = null, Updated = now };
}
