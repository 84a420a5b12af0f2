using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// A task's occurrences (see <see cref="Occurrence"/>) over all its schedules, produced lazily between two dates, and
/// where each stands: reported done, or before tracking. Two schedules naming the same period on the same day (sample
/// 001: the yearly meeting and the biennial ceremony on 18/5/2023) are one occurrence; on different days the later
/// schedule's gets <c>~N</c> after its period, so ids stay distinct and stable.
/// </summary>
public static class TaskOccurrences
{
    /// <summary>How far ahead <see cref="After"/> looks for an occurrence.</summary>
    private const int HorizonYears = 12;

    /// <summary>The occurrences due in [<paramref name="from"/>, <paramref name="to"/>], by due date.</summary>
    public static IEnumerable<Occurrence> Between(TrackedTask task, DateOnly from, DateOnly to) =>
        Between(task, _ => from, to);

    /// <summary>
    /// The occurrences the reminder policy counts up to <paramref name="to"/>: every due date of a one-off task; a
    /// recurring schedule's from its start, else from when the task was created, else only the latest by <paramref name="today"/>.
    /// </summary>
    public static IEnumerable<Occurrence> Counted(TrackedTask task, DateOnly today, DateOnly to) =>
        Between(task, s => FirstCounted(task, s, today), to);

    /// <summary>The occurrences a report shows on <paramref name="today"/>: those counted up to today and the next one after it.</summary>
    public static IReadOnlyList<Occurrence> Current(TrackedTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        var past = Counted(task, today, today).ToList();
        return After(task, today) is { } next ? [.. past, .. Counted(task, today, next.Due).Where(o => o.Due > today)] : past;
    }

    /// <summary>The first occurrence due after <paramref name="date"/>, looking <see cref="HorizonYears"/> ahead.</summary>
    public static Occurrence? After(TrackedTask task, DateOnly date)
    {
        if (date.Year > DateOnly.MaxValue.Year - HorizonYears)
        {
            return null;
        }

        return Between(task, date.AddDays(1), date.AddYears(HorizonYears)).FirstOrDefault();
    }

    /// <summary>The occurrence named <paramref name="id"/> (<see cref="Occurrence.Once"/>: the one-off task's first due date).</summary>
    public static Occurrence? Find(TrackedTask task, string id)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (id == Occurrence.Once)
        {
            return Between(task, DateOnly.MinValue, DateOnly.MaxValue).FirstOrDefault(o => !o.IsRecurring);
        }

        if (!Occurrence.TryYearOf(id, out var year) || year > DateOnly.MaxValue.Year - 1)
        {
            return null;
        }

        return Between(task, new DateOnly(Math.Max(1, year - 1), 1, 1), new DateOnly(year + 1, 12, 31)).FirstOrDefault(o => o.Id == id);
    }

    /// <summary>The day the occurrence was reported done, if it was by <paramref name="today"/>.</summary>
    public static DateOnly? DoneOn(TrackedTask task, Occurrence occurrence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(occurrence);
        var done = occurrence.IsRecurring ? task.Done.TryGetValue(occurrence.Id, out var d) ? d : (DateOnly?)null : task.DoneOn;
        return done <= today ? done : null;
    }

    /// <summary>A recurring task's occurrence due before its plan's tracking began; a one-off task's never is.</summary>
    public static bool IsBeforeTracking(TrackedTask task, Occurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(occurrence);
        return occurrence.IsRecurring && task.TrackedFrom is { } from && occurrence.Due < from;
    }

    private static IEnumerable<Occurrence> Between(TrackedTask task, Func<Schedule, DateOnly> from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(task);
        var seen = new HashSet<(string, DateOnly)>();
        return task.Schedules
            .SelectMany((schedule, i) => Occurrences.Of(schedule, from(schedule), to, task.YearlyDueDay)
                .Select(o => Distinct(task, i, o)))
            .Where(o => seen.Add((o.Id, o.Due)))
            .OrderBy(o => o.Due)
            .ThenBy(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>An occurrence of schedule <paramref name="index"/> whose period an earlier schedule holds on another day gets <c>~N</c>.</summary>
    private static Occurrence Distinct(TrackedTask task, int index, Occurrence occurrence)
    {
        if (!occurrence.IsRecurring || index == 0 || occurrence.Due.Year is 1 or 9999)
        {
            return occurrence;
        }

        var near = (From: occurrence.Due.AddYears(-1), To: occurrence.Due.AddYears(1));
        var taken = task.Schedules.Take(index)
            .Any(s => Occurrences.Of(s, near.From, near.To, task.YearlyDueDay).Any(o => o.Id == occurrence.Id && o.Due != occurrence.Due));
        return taken ? occurrence with { Id = $"{occurrence.Id}~{index + 1}" } : occurrence;
    }

    private static DateOnly FirstCounted(TrackedTask task, Schedule schedule, DateOnly today)
    {
        if (schedule.Kind != ScheduleKind.Recurring)
        {
            return DateOnly.MinValue;
        }

        return schedule.Start ?? task.Created ?? Occurrences.LastOnOrBefore(schedule, today, task.YearlyDueDay) ?? today;
    }
}
