namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One task in one agency's digest for one day. <see cref="Key"/> identifies the reminder (task, occurrence,
/// stage) so that it is never sent twice.
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
    string Key);
