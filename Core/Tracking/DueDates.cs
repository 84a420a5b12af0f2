using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The due dates of all of a task's schedules, in order, by the reminder planner's own <see cref="Occurrences"/>
/// (so tracking and reminders agree on when a recurring task falls due).
/// </summary>
public static class DueDates
{
    /// <summary>How far ahead <see cref="FirstOnOrAfter"/> looks for an occurrence.</summary>
    private const int HorizonYears = 12;

    public static IEnumerable<DateOnly> Between(TrackedTask task, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Schedules
            .SelectMany(s => Occurrences.Between(s, from, to, task.YearlyDueDay))
            .Distinct()
            .Order();
    }

    public static DateOnly? FirstOnOrAfter(TrackedTask task, DateOnly from)
    {
        var to = from.Year > DateOnly.MaxValue.Year - HorizonYears ? DateOnly.MaxValue : from.AddYears(HorizonYears);
        return Between(task, from, to).Select(d => (DateOnly?)d).FirstOrDefault();
    }

    public static DateOnly? LastOnOrBefore(TrackedTask task, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Schedules.Select(s => Occurrences.LastOnOrBefore(s, date, task.YearlyDueDay)).Max();
    }
}
