namespace DeadlineBot.Functions.Storage;

/// <summary>An agency's (or staff member's) report that a task is done, kept beside the task's own done date.</summary>
public sealed record CompletionReport(
    string PlanId,
    string TaskId,
    DateOnly DoneOn,
    DateTimeOffset Reported,
    string ReportedBy,
    string? Note = null);
