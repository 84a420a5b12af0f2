namespace DeadlineBot.Functions.Reminders;

/// <summary>What handling one queue message came to; the queue host acts on it.</summary>
public enum SendOutcome
{
    /// <summary>The digest was emailed: delete the message.</summary>
    Sent,

    /// <summary>It was sent (or given up) before; a redelivery sends nothing: delete the message.</summary>
    AlreadyHandled,

    /// <summary>A transient failure: leave the message to become visible again after a backoff.</summary>
    Retry,

    /// <summary>The agency has no address: the digest is on the admins' "cannot deliver" list; delete the message.</summary>
    Undeliverable,

    /// <summary>No item was left to send (tasks done, deleted, moved or re-assigned since the scan): delete the message.</summary>
    Dropped,

    /// <summary>It can never be sent: it was copied to the poison queue and recorded for admins; delete the message.</summary>
    Poisoned,
}
