using Azure;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A plan as stored: its header as read (<see cref="Number"/> such as <c>168/KH-UBND</c>, issuer, place, date,
/// title), the file it came from and its content hash (which confirms it once), the plan's yearly reporting day for
/// yearly tasks that name none, and <see cref="TrackingFrom"/>: the day tracking began (when it was confirmed, unless
/// staff changed it); occurrences of its recurring tasks due before it are before tracking. None (plans stored before
/// there was one): all are tracked.
/// <see cref="ETag"/> is the version read; send it back with an update.
/// </summary>
public sealed record StoredPlan(
    string Id,
    string? Number,
    string? Issuer,
    string? Place,
    DateOnly? Date,
    string? Title,
    string? FileName,
    DateTimeOffset Imported,
    int? YearlyDueMonth = null,
    int? YearlyDueDay = null,
    DateOnly? TrackingFrom = null,
    string? ContentHash = null)
{
    public ETag ETag { get; init; }

    /// <summary>The yearly reporting day as the planner takes it.</summary>
    public (int Month, int Day)? YearlyDue =>
        YearlyDueMonth is { } month && YearlyDueDay is { } day ? (month, day) : null;

    /// <summary>
    /// A new plan id: URL- and key-safe, and in the order plans were confirmed (a version 7 GUID: its first 12 hex digits
    /// are the time in milliseconds, the next 8 mostly random). The tasks table's partitions then run from the oldest plan
    /// to the newest, so finished plans, the older ones, lie together and the scan skips them as one run (<see cref="ScanRanges"/>).
    /// </summary>
    public static string NewId(DateTimeOffset confirmed) => Guid.CreateVersion7(confirmed).ToString("N")[..20];
}
