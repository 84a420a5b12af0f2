using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// A named period: a date (<see cref="Number"/> = month), a month, a quarter, a half-year or a year. Without
/// <see cref="Year"/> it is the next such period on or after the issue date (or in the following year when
/// <see cref="NextYear"/>, a day counted from a reporting year: <c>trước ngày 10/01 năm sau</c>, <c>ngày 30/12 của năm
/// trước năm tính thuế</c>, <c>ngày 30 của tháng đầu tiên của năm</c>; alone, such a day repeats yearly).
/// </summary>
internal sealed record PeriodMention(int Start, int End, string Written, PeriodGrain Grain, int? Year, int Number, int Day = 1, bool NextYear = false)
    : Mention(Start, End)
{
    private const int LeapYear = 2000;
    private const int CommonYear = 2001;

    public DateOnly FirstIn(int year) => Grain switch
    {
        PeriodGrain.Date => Periods.ClampedDate(year, Number, Day),
        PeriodGrain.Month => new DateOnly(year, Number, 1),
        PeriodGrain.Quarter => new Quarter(year, Number).FirstDay,
        PeriodGrain.Half => Periods.StartOfHalf(year, Number),
        _ => Periods.StartOfYear(year),
    };

    public DateOnly LastIn(int year) => Grain switch
    {
        PeriodGrain.Date => Periods.ClampedDate(year, Number, Day),
        PeriodGrain.Month => Periods.EndOfMonth(year, Number),
        PeriodGrain.Quarter => new Quarter(year, Number).LastDay,
        PeriodGrain.Half => Periods.EndOfHalf(year, Number),
        _ => Periods.EndOfYear(year),
    };

    /// <summary>True when the written day does not exist in that month of <paramref name="year"/> (31/6).</summary>
    public bool IsClampedIn(int year) => Grain == PeriodGrain.Date && Day > DateTime.DaysInMonth(year, Number);

    /// <summary>The written year, or the first year whose period ends on or after <paramref name="issued"/>.</summary>
    public int YearFrom(DateOnly issued)
    {
        if (Year is { } year)
        {
            return year;
        }

        if (NextYear)
        {
            return issued.Year + 1;
        }

        return LastIn(issued.Year) >= issued ? issued.Year : issued.Year + 1;
    }

    /// <summary>The month and day this period ends on in any year, for a yearly recurrence.</summary>
    public (int Month, int Day) YearlyPoint()
    {
        var last = LastIn(Grain == PeriodGrain.Date ? LeapYear : CommonYear);
        return (last.Month, last.Day);
    }
}
