namespace DeadlineBot.Core.Calendar;

/// <summary>
/// Vietnamese working days: Monday to Friday minus days off, plus make-up working days on weekends.
/// Each year is worked out once, on first use, into a bit per day (safe to share between threads).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Func<int, WorkingYear> _build;
    private readonly WorkingYear?[] _years = new WorkingYear?[10_000];

    /// <summary>A plain calendar: weekends and exactly <paramref name="daysOff"/> are off, nothing computed.</summary>
    public WorkingCalendar(IEnumerable<DateOnly>? daysOff = null)
    {
        var off = daysOff?.ToHashSet() ?? [];
        _build = year => new WorkingYear(year, off, []);
    }

    private WorkingCalendar(HolidayData official, LunarCalendar lunar)
    {
        _build = year => official.For(year) is { } schedule
            ? new WorkingYear(year, schedule.DaysOff, schedule.WorkingDays)
            : new WorkingYear(year, PublicHolidays.Computed(year, lunar).Select(h => h.Date), []);
    }

    /// <summary>The computed public holidays, replaced year by year by the official schedules embedded in DeadlineBot.</summary>
    public static WorkingCalendar Default { get; } = new(HolidayData.Official, LunarCalendar.Vietnamese);

    /// <summary>The computed public holidays of every year (<see cref="PublicHolidays.Computed"/>), with no official data.</summary>
    public static WorkingCalendar Computed { get; } = new(HolidayData.Empty, LunarCalendar.Vietnamese);

    /// <summary>The computed public holidays, replaced year by year by <paramref name="official"/> (e.g. the embedded data <see cref="HolidayData.With"/> staff's).</summary>
    public static WorkingCalendar FromData(HolidayData official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return new WorkingCalendar(official, LunarCalendar.Vietnamese);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var year = Year(date.Year);
        return year.IsWorkingDayAt(date.DayNumber - year.FirstDayNumber);
    }

    /// <summary>The Monday-to-Friday days of <paramref name="year"/> that are not working days, in order.</summary>
    public IReadOnlyList<DateOnly> WeekdaysOff(int year) => [.. Year(year).WeekdaysOff()];

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (before it when negative).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var day = from.DayNumber;
        var year = Year(from.Year);
        for (var left = Math.Abs(days); left > 0;)
        {
            day += step;
            left -= IsWorking(ref year, day) ? 1 : 0;
        }

        return DateOnly.FromDayNumber(day);
    }

    /// <summary>
    /// The working days from <paramref name="from"/> to <paramref name="to"/>, the inverse of <see cref="AddWorkingDays"/>:
    /// those after <paramref name="from"/> up to <paramref name="to"/>, or minus those from <paramref name="to"/> up to before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = from <= to ? (from.DayNumber + 1, to.DayNumber, 1) : (to.DayNumber, from.DayNumber - 1, -1);
        var year = Year(DateOnly.FromDayNumber(Math.Min(first, last)).Year);
        var count = 0;
        for (var day = first; day <= last; day++)
        {
            count += IsWorking(ref year, day) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, else the closest working day before it.</summary>
    public DateOnly OnOrBefore(DateOnly date) => Nearest(date, -1);

    /// <summary><paramref name="date"/> itself when it is a working day, else the closest working day after it.</summary>
    public DateOnly OnOrAfter(DateOnly date) => Nearest(date, 1);

    private DateOnly Nearest(DateOnly date, int step)
    {
        var day = date.DayNumber;
        var year = Year(date.Year);
        while (!IsWorking(ref year, day))
        {
            day += step;
        }

        return DateOnly.FromDayNumber(day);
    }

    /// <summary>Whether <paramref name="day"/> (a day number) is a working day, moving <paramref name="year"/> to its year when needed.</summary>
    private bool IsWorking(ref WorkingYear year, int day)
    {
        var index = day - year.FirstDayNumber;
        if ((uint)index >= (uint)year.Length)
        {
            year = Year(DateOnly.FromDayNumber(day).Year);
            index = day - year.FirstDayNumber;
        }

        return year.IsWorkingDayAt(index);
    }

    private WorkingYear Year(int year)
    {
        ref var slot = ref _years[year];
        if (Volatile.Read(ref slot) is { } built)
        {
            return built;
        }

        var fresh = _build(year);
        return Interlocked.CompareExchange(ref slot, fresh, null) ?? fresh;
    }
}
