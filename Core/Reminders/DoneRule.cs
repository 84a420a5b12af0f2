using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// Which occurrences a done report closes. A task has one <see cref="TrackedTask.DoneOn"/>; a report dated after
/// <c>today</c> does not count yet.
/// <list type="bullet">
/// <item>A due date or a range: any report closes it.</item>
/// <item>A recurring task: the report closes every occurrence due on or before it, and the next occurrence too when
/// the report falls within that occurrence's reminder window (from its first reminder, the largest
/// <see cref="ReminderPolicy.DaysBefore"/> before it). So a yearly report sent late in January closes last
/// December's occurrence but not this December's; a report while this December's reminders run closes it.
/// Monthly windows overlap the previous due date: there a late report closes the next month too.</item>
/// </list>
/// </summary>
internal static class DoneRule
{
    public static bool IsClosed(TrackedTask task, Schedule schedule, DateOnly occurrence, DateOnly today, int window)
    {
        if (task.DoneOn is not { } done || done > today)
        {
            return false;
        }

        if (schedule.Kind != ScheduleKind.Recurring || occurrence <= done)
        {
            return true;
        }

        var next = Occurrences.Between(schedule, done.AddDays(1), DateOnly.MaxValue, task.YearlyDueDay).First();
        return occurrence == next && done >= occurrence.AddDays(-window);
    }
}
