namespace DeadlineBot.Functions.Storage;

/// <summary>Where a digest is on its way to the agency's inbox.</summary>
public enum DigestStatus
{
    /// <summary>
    /// Recorded by a scan before it claims the items and queues the message. A digest left here (the scan died, or the
    /// queue write failed or timed out) is finished by a later scan, which queues it again under the same id.
    /// </summary>
    Claimed,

    /// <summary>The scan claimed its items and put a message on the reminder queue.</summary>
    Queued,

    /// <summary>The email went out; a redelivered message sends nothing.</summary>
    Sent,

    /// <summary>Sending failed five times; the message is on the poison queue and a failure row tells the admins.</summary>
    Failed,
}
