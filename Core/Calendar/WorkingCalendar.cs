namespace DeadlineBot.Core.Calendar;

/// <summary>
/// Vietnamese working days: Monday to Friday minus public holidays, plus make-up working days.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _daysOff;

    public WorkingCalendar(IEnumerable<DateOnly>? daysOff = null)
    {
        _daysOff = [.. daysOff ?? []];
    }

    public static WorkingCalendar Default { get; } = new();

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (before it when negative).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var date = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, else the closest working day before it.</summary>
    public DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
