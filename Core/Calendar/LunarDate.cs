namespace DeadlineBot.Core.Calendar;

/// <summary>
/// A date in the Vietnamese lunar calendar (âm lịch): <c>mùng 1 tháng Giêng</c> of 2026 is <c>new LunarDate(2026, 1, 1)</c>.
/// A leap month (tháng nhuận) repeats the number of the month before it and sets <see cref="IsLeapMonth"/>.
/// Whether the date exists (a 30th in a 29-day month, a leap month the year lacks) is for <see cref="LunarCalendar"/> to say.
/// </summary>
public readonly record struct LunarDate
{
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 30);
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public bool IsLeapMonth { get; }

    /// <summary>Written the Vietnamese way, day/month/year, with <c>nhuận</c> after a leap month: <c>10/3/2023</c>, <c>15/2 nhuận/2023</c>.</summary>
    public override string ToString() => IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
