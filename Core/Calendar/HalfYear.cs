namespace DeadlineBot.Core.Calendar;

/// <summary>A half-year: <c>6 tháng đầu năm 2023</c> is <c>new HalfYear(2023, 1)</c>, <c>6 tháng cuối năm</c> is half 2.</summary>
public readonly record struct HalfYear
{
    public HalfYear(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 2);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>1/1 or 1/7.</summary>
    public DateOnly FirstDay => new(Year, Number == 1 ? 1 : 7, 1);

    /// <summary>30/6 or 31/12.</summary>
    public DateOnly LastDay => Number == 1 ? new DateOnly(Year, 6, 30) : Periods.EndOfYear(Year);

    public static HalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public HalfYear Next() => Number == 2 ? new HalfYear(Year + 1, 1) : new HalfYear(Year, 2);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public override string ToString() => $"H{Number}/{Year}";
}
