using DeadlineBot.Functions.Reminders;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// A poison-queue message as admins see it: the body decoded, the digest it names and that digest's state now, and
/// where to re-drive it when it can be (a failed or undeliverable digest; a queued or unknown one is queued again by
/// recovery by itself).
/// </summary>
public sealed record PoisonView(string MessageId, DateTimeOffset? Inserted, long DequeueCount, string Body, string? DigestId, string? Agency, DateOnly? Date, string? Status, string? Redrive)
{
    public static PoisonView From(PoisonedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var digest = message.Digest;
        var redrive = digest is not null && DigestStates.CanRedrive(digest) ? $"/api/reminders/digests/{Uri.EscapeDataString(digest.Id)}/redrive" : null;
        return new(
            message.MessageId, message.Inserted, message.DequeueCount, message.Body,
            message.Reference?.DigestId, message.Reference?.Agency, message.Reference?.Date, digest?.Status.ToString(), redrive);
    }
}
