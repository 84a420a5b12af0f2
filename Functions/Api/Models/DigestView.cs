using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>A digest as admins see it on the failure list: which email, its state, why, and how often it was tried.</summary>
public sealed record DigestView(string Id, string Agency, DateOnly Date, string Status, int Items, int Attempts, string? Error, DateTimeOffset? Updated)
{
    public static DigestView From(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return new(digest.Id, digest.Agency, digest.Date, digest.Status.ToString(), digest.Items.Count, digest.Attempts, digest.Error, digest.Updated ?? digest.Queued);
    }
}
