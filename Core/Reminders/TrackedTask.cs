using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// A stored task as the reminder policy sees it. <see cref="Lead"/> holds canonical agency names.
/// <see cref="DoneOn"/> is set once the task is reported done: no reminder after that.
/// <see cref="YearlyDueDay"/> is the plan's yearly reporting day for yearly tasks that name none (else 31/12).
/// </summary>
public sealed record TrackedTask(
    string Id,
    string PlanId,
    string Ref,
    string Title,
    string? PlanTitle,
    IReadOnlyList<string> Lead,
    string? ReportTo,
    IReadOnlyList<Schedule> Schedules,
    DateOnly? DoneOn = null,
    DateOnly? Created = null,
    (int Month, int Day)? YearlyDueDay = null);
