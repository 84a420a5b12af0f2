namespace DeadlineBot.Core.Calendar;

/// <summary>Where named periods start and end. A period named as a deadline ends on its last day.</summary>
public static class Periods
{
    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly EndOfMonth(DateOnly date) => EndOfMonth(date.Year, date.Month);

    public static DateOnly StartOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The last day of quarter <paramref name="quarter"/> (1–4): 31/3, 30/6, 30/9 or 31/12.</summary>
    public static DateOnly EndOfQuarter(int year, int quarter) => new Quarter(year, quarter).LastDay;

    public static DateOnly EndOfQuarter(DateOnly date) => Quarter.Of(date).LastDay;

    public static DateOnly EndOfHalf(DateOnly date) => HalfYear.Of(date).LastDay;

    public static DateOnly EndOfYear(DateOnly date) => EndOfYear(date.Year);

    public static DateOnly StartOfYear(int year) => new(year, 1, 1);

    public static DateOnly EndOfYear(int year) => new(year, 12, 31);

    /// <summary>Half-year 1 (<c>6 tháng đầu năm</c>) starts 1/1; half-year 2 (<c>6 tháng cuối năm</c>) starts 1/7.</summary>
    public static DateOnly StartOfHalf(int year, int half) => new HalfYear(year, half).FirstDay;

    /// <summary>Half-year 1 ends 30/6; half-year 2 ends 31/12.</summary>
    public static DateOnly EndOfHalf(int year, int half) => new HalfYear(year, half).LastDay;

    /// <summary>The day in that month, or the month's last day when the month is shorter (31/6 → 30/6).</summary>
    public static DateOnly ClampedDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
