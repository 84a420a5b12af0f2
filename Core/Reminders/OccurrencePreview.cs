namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One occurrence of a recurring task in an import preview: which task (<see cref="Ref"/>), which period, its due date,
/// and whether it will be tracked (reminded) when the plan is confirmed, or falls before tracking.
/// </summary>
public sealed record OccurrencePreview(string Ref, string Occurrence, string? Label, DateOnly Due, bool Tracked);
