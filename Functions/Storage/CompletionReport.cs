namespace DeadlineBot.Functions.Storage;

/// <summary>
/// An agency's (or staff member's) report that a task, or one <see cref="Occurrence"/> of a recurring task (its period
/// id, with the <see cref="Due"/> date it had then), is done: when, by whom, with what note. Kept in the task's row and
/// in the reports table.
/// </summary>
public sealed record CompletionReport(
    string PlanId,
    string TaskId,
    DateOnly DoneOn,
    DateTimeOffset Reported,
    string ReportedBy,
    string? Note = null,
    string? Occurrence = null,
    DateOnly? Due = null);
