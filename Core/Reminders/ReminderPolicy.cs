namespace DeadlineBot.Core.Reminders;

/// <summary>
/// When reminders go out (defaults from DOMAIN.md; configurable per deployment, plan and task).
/// </summary>
public sealed record ReminderPolicy
{
    public static ReminderPolicy Default { get; } = new();

    /// <summary>Days before each due date to remind; 0 is the due date itself.</summary>
    public IReadOnlyList<int> DaysBefore { get; init; } = [30, 14, 7, 3, 1, 0];

    /// <summary>Once overdue, remind again every this many days until reported done.</summary>
    public int OverdueEveryDays { get; init; } = 7;

    /// <summary>From this many days overdue the report-to body and admins are copied.</summary>
    public int EscalateAfterDays { get; init; } = 14;

    /// <summary>A reminder day that is not a working day moves to the working day before it.</summary>
    public bool ShiftToWorkingDay { get; init; } = true;
}
