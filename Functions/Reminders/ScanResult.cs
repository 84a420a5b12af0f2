namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// What one scan did: the day it scanned for, tasks read, reminders planned, those claimed before, the digests it
/// queued, and the digests an earlier interrupted scan left claimed that it queued again.
/// </summary>
public sealed record ScanResult(DateOnly Date, int Tasks, int Planned, int AlreadySent, IReadOnlyList<string> Queued)
{
    public IReadOnlyList<string> Recovered { get; init; } = [];
}
