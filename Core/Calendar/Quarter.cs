namespace DeadlineBot.Core.Calendar;

/// <summary>A calendar quarter (quý): <c>Quý IV năm 2022</c> is <c>new Quarter(2022, 4)</c>.</summary>
public readonly record struct Quarter
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public int FirstMonth => ((Number - 1) * 3) + 1;

    public DateOnly FirstDay => new(Year, FirstMonth, 1);

    public DateOnly LastDay => Periods.EndOfMonth(Year, FirstMonth + 2);

    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public Quarter Next() => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    public override string ToString() => $"Q{Number}/{Year}";
}
