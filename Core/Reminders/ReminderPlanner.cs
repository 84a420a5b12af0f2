using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// The reminder policy as a pure function: given the tasks and today's date in Asia/Ho_Chi_Minh, which reminders
/// are due, grouped into one digest per lead agency. No clock, no storage: the caller filters out what the
/// reminder log says was already sent.
/// </summary>
/// <remarks>
/// Per occurrence (see <see cref="TaskOccurrences"/>): a reminder <see cref="ReminderPolicy.DaysBefore"/> days before
/// it, and every <see cref="ReminderPolicy.OverdueEveryDays"/> days after it until that occurrence is reported done;
/// each reminder day that is not a working day moves to the working day before it. A recurring task counts
/// occurrences from its start, else from when it was created, else only the latest one due by today; none due before
/// its plan's tracking began. Each task
/// gives at most one item per scan: the latest of its reminders that fell in the scanned days.
/// </remarks>
public sealed class ReminderPlanner
{
    /// <summary>How far a holiday can push a reminder day back (Tết is at most nine days off).</summary>
    private const int LongestShift = 31;

    public ReminderPlanner(ReminderPolicy policy, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        Policy = policy;
        Calendar = calendar;
        DaysBefore = [.. policy.DaysBefore.Where(d => d >= 0).Distinct().Order()];
    }

    public static ReminderPlanner Default { get; } = new(ReminderPolicy.Default, WorkingCalendar.Default);

    public ReminderPolicy Policy { get; }

    public WorkingCalendar Calendar { get; }

    private IReadOnlyList<int> DaysBefore { get; }

    private int Window => DaysBefore.Count == 0 ? 0 : DaysBefore[^1];

    /// <summary>
    /// Digests due on <paramref name="today"/>. When <paramref name="lastScan"/> is earlier than yesterday
    /// (the service was stopped), each task gets only its latest reminder from the missed days, not a flood.
    /// </summary>
    public IReadOnlyList<ReminderDigest> Plan(IEnumerable<TrackedTask> tasks, DateOnly today, DateOnly? lastScan = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var plan = Begin(today, lastScan);
        foreach (var task in tasks)
        {
            plan.Add(task);
        }

        return plan.Digests();
    }

    /// <summary>An empty plan for <paramref name="today"/> to add tasks to one by one (see <see cref="Plan"/> for <paramref name="lastScan"/>).</summary>
    public ReminderPlan Begin(DateOnly today, DateOnly? lastScan = null) =>
        new(this, today, lastScan is { } last && last < today ? last.AddDays(1) : today);

    /// <summary>The one item <paramref name="task"/> gives for the days [<paramref name="from"/>, <paramref name="today"/>], if any.</summary>
    internal ReminderItem? ItemFor(TrackedTask task, DateOnly from, DateOnly today) =>
        Latest(task, from, today) is { } reminder ? ToItem(task, reminder, today) : null;

    /// <summary>The latest reminder of <paramref name="task"/> whose day falls in [<paramref name="from"/>, <paramref name="today"/>].</summary>
    private ReminderCandidate? Latest(TrackedTask task, DateOnly from, DateOnly today)
    {
        ReminderCandidate? latest = null;
        var until = today.DayNumber + Window + LongestShift > DateOnly.MaxValue.DayNumber
            ? DateOnly.MaxValue
            : today.AddDays(Window + LongestShift);
        foreach (var occurrence in TaskOccurrences.Counted(task, today, until))
        {
            if (TaskOccurrences.IsBeforeTracking(task, occurrence) || TaskOccurrences.DoneOn(task, occurrence, today) is not null)
            {
                continue;
            }

            foreach (var candidate in Candidates(occurrence, from, today))
            {
                latest = ReminderCandidate.Latest(latest, candidate);
            }
        }

        return latest;
    }

    private IEnumerable<ReminderCandidate> Candidates(Occurrence occurrence, DateOnly from, DateOnly today)
    {
        foreach (var days in DaysBefore)
        {
            if (occurrence.Due.DayNumber - days >= DateOnly.MinValue.DayNumber)
            {
                var day = Shift(occurrence.Due.AddDays(-days));
                if (day >= from && day <= today)
                {
                    yield return new ReminderCandidate(occurrence, -days, day);
                }
            }
        }

        if (LatestOverdue(occurrence, today) is { } overdue && overdue.Day >= from)
        {
            yield return overdue;
        }
    }

    /// <summary>The last overdue reminder sent by <paramref name="today"/>; shifting never moves a day later, so it is the largest such step.</summary>
    private ReminderCandidate? LatestOverdue(Occurrence occurrence, DateOnly today)
    {
        var due = occurrence.Due;
        var every = Policy.OverdueEveryDays;
        if (every < 1 || due >= today)
        {
            return null;
        }

        var steps = ((today.DayNumber - due.DayNumber) / every) + (LongestShift / every) + 1;
        for (var step = steps; step >= 1; step--)
        {
            var offset = step * every;
            if ((long)due.DayNumber + offset > DateOnly.MaxValue.DayNumber)
            {
                continue;
            }

            var day = Shift(due.AddDays(offset));
            if (day <= due)
            {
                return null;
            }

            if (day <= today)
            {
                return new ReminderCandidate(occurrence, offset, day);
            }
        }

        return null;
    }

    private DateOnly Shift(DateOnly day) => Policy.ShiftToWorkingDay ? Calendar.OnOrBefore(day) : day;

    private ReminderItem ToItem(TrackedTask task, ReminderCandidate reminder, DateOnly today)
    {
        var left = reminder.Occurrence.Due.DayNumber - today.DayNumber;
        var kind = left switch
        {
            > 0 => ReminderKind.Before,
            0 => ReminderKind.Due,
            _ => ReminderKind.Overdue,
        };
        var overdue = Math.Max(reminder.Offset, -left);
        return new ReminderItem(
            task.Id,
            task.PlanId,
            task.Ref,
            task.Title,
            task.PlanTitle,
            reminder.Occurrence.Due,
            kind,
            Math.Abs(left),
            overdue > 0 && overdue >= Policy.EscalateAfterDays,
            task.ReportTo,
            reminder.KeyFor(task.Id))
        {
            Occurrence = reminder.Occurrence.IsRecurring ? reminder.Occurrence.Id : null,
            OccurrenceLabel = reminder.Occurrence.Label,
            PlanNumber = task.PlanNumber,
        };
    }
}
