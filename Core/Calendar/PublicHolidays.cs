namespace DeadlineBot.Core.Calendar;

/// <summary>
/// The computed default holidays of a year under the Labour Code 2019 (art. 112), used where no official schedule is loaded:
/// <list type="bullet">
/// <item>1/1; 30/4; 1/5; Giỗ Tổ Hùng Vương on 10/3 lunar.</item>
/// <item>Tết Nguyên Đán: the last day of the old lunar year and mùng 1 to mùng 4 (5 days).</item>
/// <item>Quốc khánh: 2/9 and the day before it, or the day after it when 2/9 is a Thursday (so the break joins the
/// weekend) or when the day before is a weekend day. This reproduces the official choices of 2021–2025.</item>
/// <item>In lieu: a holiday on a Saturday or Sunday gives the next weekday that is not itself a holiday off, in date order
/// (art. 111–112 give employees this day; DeadlineBot applies it to everyone).</item>
/// </list>
/// The Prime Minister's yearly decisions (longer Tết, swapped days) are data: see <see cref="HolidayData"/>.
/// </summary>
public static class PublicHolidays
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên Đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Reunification = "Ngày Chiến thắng";
    public const string Labour = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string InLieuPrefix = "Nghỉ bù ";

    /// <summary>The holidays and days in lieu of <paramref name="year"/>, in date order; lunar ones only within the lunar calendar's range.</summary>
    public static IReadOnlyList<Holiday> Computed(int year, LunarCalendar? lunar = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        lunar ??= LunarCalendar.Vietnamese;
        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), NewYear),
            new(new DateOnly(year, 4, 30), Reunification),
            new(new DateOnly(year, 5, 1), Labour),
            new(new DateOnly(year, 9, 2), NationalDay),
            new(NationalDayCompanion(year), NationalDay),
        };
        if (year > LunarCalendar.MinYear && year < LunarCalendar.MaxYear)
        {
            var tet = lunar.NewYear(year);
            holidays.AddRange(Enumerable.Range(-1, 5).Select(offset => new Holiday(tet.AddDays(offset), LunarNewYear)));
            holidays.Add(new Holiday(lunar.ToSolar(new LunarDate(year, 3, 10)), HungKings));
        }

        return WithDaysInLieu([.. holidays.OrderBy(h => h.Date)]);
    }

    /// <summary>The second Quốc khánh day: 1/9, or 3/9 when 2/9 is a Sunday, Monday or Thursday.</summary>
    public static DateOnly NationalDayCompanion(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        return nationalDay.DayOfWeek is DayOfWeek.Sunday or DayOfWeek.Monday or DayOfWeek.Thursday
            ? nationalDay.AddDays(1)
            : nationalDay.AddDays(-1);
    }

    private static List<Holiday> WithDaysInLieu(List<Holiday> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var result = new List<Holiday>(holidays);
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            result.Add(new Holiday(day, InLieuPrefix + holiday.Name, InLieu: true));
        }

        return [.. result.OrderBy(h => h.Date)];
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
