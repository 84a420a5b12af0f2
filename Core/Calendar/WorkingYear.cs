namespace DeadlineBot.Core.Calendar;

/// <summary>One year's working days as a bit per day of the year, precomputed so a lookup is a shift and a mask.</summary>
internal sealed class WorkingYear
{
    private readonly ulong[] _working = new ulong[6];

    public WorkingYear(int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> workingDays)
    {
        Year = year;
        foreach (var day in Days())
        {
            Set(day, !PublicHolidays.IsWeekend(day));
        }

        foreach (var day in daysOff.Where(d => d.Year == year))
        {
            Set(day, false);
        }

        foreach (var day in workingDays.Where(d => d.Year == year))
        {
            Set(day, true);
        }
    }

    public int Year { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        var bit = date.DayOfYear - 1;
        return (_working[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The weekdays that are not working days, in order.</summary>
    public IEnumerable<DateOnly> WeekdaysOff() => Days().Where(d => !PublicHolidays.IsWeekend(d) && !IsWorkingDay(d));

    private IEnumerable<DateOnly> Days()
    {
        var first = new DateOnly(Year, 1, 1);
        return Enumerable.Range(0, DateTime.IsLeapYear(Year) ? 366 : 365).Select(first.AddDays);
    }

    private void Set(DateOnly date, bool working)
    {
        var bit = date.DayOfYear - 1;
        if (working)
        {
            _working[bit >> 6] |= 1UL << (bit & 63);
        }
        else
        {
            _working[bit >> 6] &= ~(1UL << (bit & 63));
        }
    }
}
