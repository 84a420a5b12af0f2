using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The status rules as pure functions of a task and today's date in Asia/Ho_Chi_Minh.
/// <list type="bullet">
/// <item>A task with fixed deadlines is measured against its earliest one; a report closes it.</item>
/// <item>A recurring task is measured occurrence by occurrence, closed as the reminder planner closes them: a report
/// closes every occurrence due on or before it, and the next one too when it falls within that occurrence's reminder
/// window. The task shows the report's status until the reminder window of its next open occurrence begins, then
/// that occurrence's status.</item>
/// </list>
/// </summary>
public sealed class TrackingRules
{
    public TrackingRules(int dueSoonDays = 7, int reminderWindowDays = 30)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        ArgumentOutOfRangeException.ThrowIfNegative(reminderWindowDays);
        DueSoonDays = dueSoonDays;
        ReminderWindowDays = reminderWindowDays;
    }

    public static TrackingRules Default { get; } = new(7, ReminderPolicy.Default.DaysBefore.Max());

    /// <summary>A task not done whose deadline is at most this many days away is <see cref="TrackingStatus.DueSoon"/>.</summary>
    public int DueSoonDays { get; }

    /// <summary>How long before an occurrence its first reminder goes out (the largest of the policy's days before).</summary>
    public int ReminderWindowDays { get; }

    public TaskTracking Evaluate(TrackedTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        var done = task.DoneOn is { } d && d <= today ? d : (DateOnly?)null;
        if (!task.Schedules.Any(s => s.Kind == ScheduleKind.Recurring))
        {
            var due = task.Schedules.Where(s => s.Kind is ScheduleKind.Due or ScheduleKind.Range).Min(s => s.Due);
            return Classify(task, due, done, today);
        }

        var origin = task.Schedules.Min(s => s.Start) ?? task.Created;
        if (done is null)
        {
            var first = origin is { } o ? DueDates.FirstOnOrAfter(task, o) : DueDates.FirstOnOrAfter(task, today);
            return Classify(task, first, null, today);
        }

        var closed = DueDates.LastOnOrBefore(task, done.Value);
        var next = After(task, done.Value);
        if (next is { } n && done >= WindowStart(n))
        {
            closed = n;
            next = After(task, n);
        }

        return next is { } open && today >= WindowStart(open)
            ? Classify(task, open, null, today)
            : Classify(task, closed, done, today);
    }

    /// <summary>When an occurrence's reminders begin (the calendar's first day at the earliest).</summary>
    private DateOnly WindowStart(DateOnly due) =>
        due.DayNumber < ReminderWindowDays ? DateOnly.MinValue : due.AddDays(-ReminderWindowDays);

    /// <summary>The first due date after <paramref name="date"/>; none after the calendar's last day.</summary>
    private static DateOnly? After(TrackedTask task, DateOnly date) =>
        date == DateOnly.MaxValue ? null : DueDates.FirstOnOrAfter(task, date.AddDays(1));

    private TaskTracking Classify(TrackedTask task, DateOnly? due, DateOnly? doneOn, DateOnly today)
    {
        var daysLeft = due is { } d ? d.DayNumber - today.DayNumber : (int?)null;
        var status = (doneOn, due) switch
        {
            ({ } done, { } deadline) => done <= deadline ? TrackingStatus.DoneOnTime : TrackingStatus.DoneLate,
            ({ }, null) => TrackingStatus.DoneOnTime,
            (null, null) => TrackingStatus.InTime,
            _ when daysLeft < 0 => TrackingStatus.Overdue,
            _ when daysLeft <= DueSoonDays => TrackingStatus.DueSoon,
            _ => TrackingStatus.InTime,
        };
        return new TaskTracking(task, status, due, daysLeft);
    }
}
