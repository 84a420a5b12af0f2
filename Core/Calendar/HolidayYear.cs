using System.Globalization;

namespace DeadlineBot.Core.Calendar;

/// <summary>
/// One year's official schedule as the government announces it: every day off (holidays, days in lieu, swapped days)
/// and every make-up working day on a weekend (<c>làm bù</c>). Where it exists it replaces the computed default for its year.
/// </summary>
public sealed class HolidayYear
{
    public HolidayYear(int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> workingDays, string? source = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(workingDays);
        Year = year;
        DaysOff = [.. daysOff.Distinct().Order()];
        WorkingDays = [.. workingDays.Distinct().Order()];
        Source = source;
        var name = year.ToString(CultureInfo.InvariantCulture);
        if (DaysOff.Concat(WorkingDays).Where(d => d.Year != year).Take(1).ToArray() is [var outside])
        {
            throw new ArgumentException(CalendarMessages.DateOutsideYear(name, outside, year), nameof(daysOff));
        }

        if (DaysOff.Intersect(WorkingDays).Take(1).ToArray() is [var both])
        {
            throw new ArgumentException(CalendarMessages.OffAndWorking(name, both), nameof(workingDays));
        }

        if (WorkingDays.Where(d => !PublicHolidays.IsWeekend(d)).Take(1).ToArray() is [var weekday])
        {
            throw new ArgumentException(CalendarMessages.WorkingDayNotWeekend(name, weekday), nameof(workingDays));
        }
    }

    public int Year { get; }

    /// <summary>The days off, in order; weekend days may be listed and change nothing.</summary>
    public IReadOnlyList<DateOnly> DaysOff { get; }

    /// <summary>Weekend days worked in exchange for a day off, in order.</summary>
    public IReadOnlyList<DateOnly> WorkingDays { get; }

    /// <summary>Where the schedule comes from (the decision's number, a link), for staff to check.</summary>
    public string? Source { get; }
}
