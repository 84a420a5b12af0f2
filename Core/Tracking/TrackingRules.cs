using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The status rules as pure functions of a task and today's date in Asia/Ho_Chi_Minh.
/// <list type="bullet">
/// <item>A one-off task is measured against its earliest deadline; a report closes it.</item>
/// <item>A recurring task is measured occurrence by occurrence (<see cref="Occurrences"/>): each has its own due date
/// and report; one due before its plan's tracking began and not reported is <see cref="TrackingStatus.BeforeTracking"/>.
/// The task as a whole stands where its oldest open overdue occurrence stands; else it shows its latest report until the
/// reminder window of its next occurrence begins, then that occurrence.</item>
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

    /// <summary>Where the task as a whole stands.</summary>
    public TaskTracking Evaluate(TrackedTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        var rows = Occurrences(task, today);
        if (!IsRecurring(task))
        {
            return rows[0];
        }

        var tracked = rows.Where(r => r.Status != TrackingStatus.BeforeTracking).ToList();
        if (tracked.FirstOrDefault(r => r.Status == TrackingStatus.Overdue) is { } overdue)
        {
            return overdue;
        }

        var lastDone = tracked.LastOrDefault(r => r.IsDone && r.Due <= today);
        var next = tracked.FirstOrDefault(r => r.Due > today || (r.Due == today && !r.IsDone));
        if (lastDone is not null && (next is null || today < WindowStart(next.Due!.Value)))
        {
            return lastDone;
        }

        return next ?? lastDone ?? new TaskTracking(task, TrackingStatus.InTime, null, null);
    }

    /// <summary>
    /// One row per occurrence a report shows on <paramref name="today"/> (see <see cref="TaskOccurrences.Current"/>);
    /// a one-off or ongoing task is one row.
    /// </summary>
    public IReadOnlyList<TaskTracking> Occurrences(TrackedTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!IsRecurring(task))
        {
            var due = task.Schedules.Where(s => s.Kind is ScheduleKind.Due or ScheduleKind.Range).Min(s => s.Due);
            return [Classify(task, null, due, task.DoneOn <= today ? task.DoneOn : null, today)];
        }

        return [.. TaskOccurrences.Current(task, today).Select(o => Of(task, o, today))];
    }

    /// <summary>Where one occurrence stands.</summary>
    public TaskTracking Of(TrackedTask task, Occurrence occurrence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(occurrence);
        var done = TaskOccurrences.DoneOn(task, occurrence, today);
        if (done is not null && task.ReportedDue.TryGetValue(occurrence.Id, out var reportedDue))
        {
            occurrence = occurrence with { Due = reportedDue };
        }

        var tracking = Classify(task, occurrence, occurrence.Due, done, today);
        return done is null && TaskOccurrences.IsBeforeTracking(task, occurrence)
            ? tracking with { Status = TrackingStatus.BeforeTracking }
            : tracking;
    }

    private static bool IsRecurring(TrackedTask task) => task.Schedules.Any(s => s.Kind == ScheduleKind.Recurring);

    /// <summary>When an occurrence's reminders begin (the calendar's first day at the earliest).</summary>
    private DateOnly WindowStart(DateOnly due) =>
        due.DayNumber < ReminderWindowDays ? DateOnly.MinValue : due.AddDays(-ReminderWindowDays);

    private TaskTracking Classify(TrackedTask task, Occurrence? occurrence, DateOnly? due, DateOnly? doneOn, DateOnly today)
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
        return new TaskTracking(task, status, due, daysLeft) { Occurrence = occurrence, DoneOn = doneOn };
    }
}
