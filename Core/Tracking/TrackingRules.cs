using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The status rules as pure functions of a task and today's date in Asia/Ho_Chi_Minh.
/// A task is measured against its earliest deadline. A recurring task is measured against the first occurrence
/// not yet covered by its report: a report covers the first occurrence on or after the day it was made, and once
/// that occurrence has passed the task is tracked against the next one.
/// </summary>
public sealed class TrackingRules
{
    public TrackingRules(int dueSoonDays = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        DueSoonDays = dueSoonDays;
    }

    public static TrackingRules Default { get; } = new();

    /// <summary>A task not done whose deadline is at most this many days away is <see cref="TrackingStatus.DueSoon"/>.</summary>
    public int DueSoonDays { get; }

    public TaskTracking Evaluate(TrackedTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!task.Schedules.Any(s => s.Kind == ScheduleKind.Recurring))
        {
            var due = task.Schedules.Where(s => s.Kind is ScheduleKind.Due or ScheduleKind.Range).Min(s => s.Due);
            return Classify(task, due, task.DoneOn, today);
        }

        var origin = task.Schedules.Min(s => s.Start) ?? task.Created ?? today;
        if (task.DoneOn is { } done)
        {
            var covered = DueDates.FirstOnOrAfter(task, done) ?? DueDates.LastBefore(task, done, origin);
            var following = covered is { } c && today > c ? DueDates.FirstOnOrAfter(task, c.AddDays(1)) : null;
            if (following is null)
            {
                return Classify(task, covered, done, today);
            }

            return Classify(task, following, null, today);
        }

        return Classify(task, DueDates.FirstOnOrAfter(task, origin), null, today);
    }

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
