namespace DeadlineBot.Functions.Storage;

/// <summary>Where a digest is on its way to the agency's inbox.</summary>
public enum DigestStatus
{
    /// <summary>The scan claimed its items and put a message on the reminder queue.</summary>
    Queued,

    /// <summary>The email went out; a redelivered message sends nothing.</summary>
    Sent,

    /// <summary>Sending failed five times; the message is on the poison queue and a failure row tells the admins.</summary>
    Failed,
}
