namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Where a digest is on its way to the agency's inbox. The transitions, and who may make each, are in
/// <see cref="DeadlineBot.Functions.Reminders.DigestStates"/>; docs/delivery.md tells the same in prose.
/// </summary>
public enum DigestStatus
{
    /// <summary>Recorded by a scan before it claims the items and queues the message.</summary>
    Claimed,

    /// <summary>Its message is on the reminder queue (or was, and recovery will queue it again).</summary>
    Queued,

    /// <summary>A delivery holds the lease (<see cref="DigestRecord.SendingUntil"/>) and is talking to the SMTP server.</summary>
    Sending,

    /// <summary>The SMTP server may have taken the email (its reply was lost or late): the next delivery sends it again with the same Message-ID.</summary>
    Unknown,

    /// <summary>The email went out; a redelivered message sends nothing.</summary>
    Sent,

    /// <summary>Nothing was left to send: every item's task was done, deleted, moved or re-assigned before sending.</summary>
    Dropped,

    /// <summary>Refused for good (a permanent SMTP failure): on the admins' failure list until re-driven.</summary>
    Failed,

    /// <summary>The agency has no email address: on the admins' "cannot deliver" list until re-driven.</summary>
    Undeliverable,

    /// <summary>A failed or undeliverable digest an admin chose not to send: off the list, its error kept with who and when.</summary>
    Dismissed,
}
