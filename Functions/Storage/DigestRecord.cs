using Azure;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The reminder log's record of one digest: which agency, which day, the items it carries and how far it got.
/// <see cref="Id"/> is the deterministic id of the digest the scan planned (day, agency and item keys), so two scans that plan
/// the same digest agree on it; <see cref="Items"/> are the planned items this digest won when it claimed them, and
/// <see cref="Queued"/> is when the scan recorded it.
/// </summary>
public sealed record DigestRecord(
    string Id,
    string Agency,
    DateOnly Date,
    IReadOnlyList<ReminderItem> Items,
    DigestStatus Status,
    DateTimeOffset Queued,
    DateTimeOffset? Sent = null,
    string? Recipients = null,
    string? Error = null,
    int Attempts = 0)
{
    public ETag ETag { get; init; }

    /// <summary>Until when a delivery of the digest's message is sending it; another delivery meanwhile waits.</summary>
    public DateTimeOffset? SendingUntil { get; init; }

    /// <summary>When the digest's status last moved, or recovery last queued it (null on rows written before it was kept).</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The email as sent, once <see cref="DigestStatus.Sent"/>: its subject and plain-text body (null before, and on older rows).</summary>
    public SentEmail? Email { get; init; }
}
