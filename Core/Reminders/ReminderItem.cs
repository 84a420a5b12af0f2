namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One task in one agency's digest for one day. <see cref="Key"/> identifies the reminder (task, occurrence,
/// stage) so that it is never sent twice. A recurring task's item names its <see cref="Occurrence"/> (the period id,
/// <c>2026</c>) and <see cref="OccurrenceLabel"/> (<c>năm 2026</c>); a one-off task's has neither.
/// </summary>
public sealed record ReminderItem(
    string TaskId,
    string PlanId,
    string Ref,
    string Title,
    string? PlanTitle,
    DateOnly Due,
    ReminderKind Kind,
    int Days,
    bool Escalated,
    string? ReportTo,
    string Key)
{
    public string? Occurrence { get; init; }

    public string? OccurrenceLabel { get; init; }

    public string? PlanNumber { get; init; }
}
