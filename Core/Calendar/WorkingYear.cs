namespace DeadlineBot.Core.Calendar;

/// <summary>One year's working days as a bit per day of the year, precomputed so a lookup is a shift and a mask.</summary>
internal sealed class WorkingYear
{
    private readonly ulong[] _working = new ulong[6];

    public WorkingYear(int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> workingDays)
    {
        Year = year;
        FirstDayNumber = new DateOnly(year, 1, 1).DayNumber;
        Length = DateTime.IsLeapYear(year) ? 366 : 365;
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

    /// <summary>The <see cref="DateOnly.DayNumber"/> of 1 January.</summary>
    public int FirstDayNumber { get; }

    /// <summary>365 or 366 days.</summary>
    public int Length { get; }

    /// <summary>Whether day <paramref name="index"/> of the year (0 = 1 January) is a working day.</summary>
    public bool IsWorkingDayAt(int index) => (_working[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>The weekdays that are not working days, in order.</summary>
    public IEnumerable<DateOnly> WeekdaysOff() => Days().Where(d => !PublicHolidays.IsWeekend(d) && !IsWorkingDayAt(d.DayNumber - FirstDayNumber));

    private IEnumerable<DateOnly> Days()
    {
        var first = new DateOnly(Year, 1, 1);
        return Enumerable.Range(0, Length).Select(first.AddDays);
    }

    private void Set(DateOnly date, bool working)
    {
        var bit = date.DayNumber - FirstDayNumber;
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
