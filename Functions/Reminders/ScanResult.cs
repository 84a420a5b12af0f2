namespace DeadlineBot.Functions.Reminders;

/// <summary>What one scan did: the day it scanned for, tasks read, reminders planned, and digests queued.</summary>
public sealed record ScanResult(DateOnly Date, int Tasks, int Planned, int AlreadySent, IReadOnlyList<string> Queued);
