namespace DeadlineBot.Core.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar, computed with Hồ Ngọc Đức's astronomical algorithm: a month starts on the local
/// day of a new moon, month 11 holds the winter solstice, and in a year of 13 months the first month without a
/// major solar term is the leap month. Vietnam reckons local days at UTC+7 (<see cref="Vietnamese"/>), so some
/// dates differ from the Chinese calendar at UTC+8: Tết 2030 is 02/02/2030 here and 03/02/2030 there.
/// </summary>
/// <remarks>Vietnam used UTC+8 for its calendar before 1968; this class applies one offset to every year.</remarks>
public sealed class LunarCalendar
{
    /// <summary>The first and last solar years converted; the astronomy is an approximation meant for centuries around now.</summary>
    public const int MinYear = 1000;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 3000;

    private readonly double _utcOffsetHours;

    public LunarCalendar(TimeSpan utcOffset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(utcOffset, TimeSpan.FromHours(-14));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utcOffset, TimeSpan.FromHours(14));
        UtcOffset = utcOffset;
        _utcOffsetHours = utcOffset.TotalHours;
    }

    /// <summary>The Vietnamese calendar: local days at UTC+7.</summary>
    public static LunarCalendar Vietnamese { get; } = new(TimeSpan.FromHours(7));

    public TimeSpan UtcOffset { get; }

    /// <summary>The lunar date of a solar (Gregorian) date from <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    public LunarDate ToLunar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));
        var day = LunarAstronomy.JulianDay(date);
        var k = (int)Math.Floor((day - LunarAstronomy.FirstNewMoon) / LunarAstronomy.SynodicMonth);
        // The mean-month estimate of k can be off by one near a new moon: settle on the new moon on or before the day.
        while (NewMoonDay(k) > day)
        {
            k--;
        }

        while (NewMoonDay(k + 1) <= day)
        {
            k++;
        }

        var monthStart = NewMoonDay(k);

        var thisMonth11 = Month11(date.Year);
        var (lunarYear, a11, b11) = thisMonth11 >= monthStart
            ? (date.Year, Month11(date.Year - 1), thisMonth11)
            : (date.Year + 1, thisMonth11, Month11(date.Year + 1));

        var offset = (int)Math.Floor((monthStart - a11) / 29.0);
        var month = offset + 11;
        var isLeap = false;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (offset >= leapOffset)
            {
                month = offset + 10;
                isLeap = offset == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && offset < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day - monthStart + 1, isLeap);
    }

    /// <summary>The solar date of a lunar date, or false when that date does not exist (no such leap month, no 30th).</summary>
    public bool TryToSolar(LunarDate date, out DateOnly solar)
    {
        solar = default;
        if (date.Year <= MinYear || date.Year >= MaxYear)
        {
            return false;
        }

        var monthStart = TryMonthStart(date.Year, date.Month, date.IsLeapMonth);
        if (monthStart is not { } start || date.Day > start.Length)
        {
            return false;
        }

        solar = LunarAstronomy.DateOf(start.FirstDay + date.Day - 1);
        return true;
    }

    /// <summary>The solar date of a lunar date; throws when that date does not exist.</summary>
    public DateOnly ToSolar(LunarDate date) =>
        TryToSolar(date, out var solar)
            ? solar
            : throw new ArgumentOutOfRangeException(nameof(date), date, CalendarMessages.NoSuchLunarDate(date));

    /// <summary>Tết Nguyên Đán: the solar date of mùng 1 tháng Giêng of lunar year <paramref name="year"/>.</summary>
    public DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    /// <summary>The leap month of lunar year <paramref name="year"/> (2023: 2), or null in a year of 12 months.</summary>
    public int? LeapMonth(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            if (TryMonthStart(year, month, isLeap: true) is not null)
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>29 or 30: the length of a lunar month, or 0 when the year has no such (leap) month.</summary>
    public int DaysInMonth(int year, int month, bool isLeapMonth = false) =>
        year > MinYear && year < MaxYear ? TryMonthStart(year, month, isLeapMonth)?.Length ?? 0 : 0;

    private (int FirstDay, int Length)? TryMonthStart(int year, int month, bool isLeap)
    {
        var (a11, b11) = month < 11 ? (Month11(year - 1), Month11(year)) : (Month11(year), Month11(year + 1));
        var k = (int)Math.Floor(0.5 + ((a11 - LunarAstronomy.FirstNewMoon) / LunarAstronomy.SynodicMonth));
        var offset = (month + 1) % 12;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = ((leapOffset + 9) % 12) + 1;
            if (isLeap && month != leapMonth)
            {
                return null;
            }

            if (isLeap || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (isLeap)
        {
            return null;
        }

        var first = NewMoonDay(k + offset);
        return (first, NewMoonDay(k + offset + 1) - first);
    }

    /// <summary>The local day on which month 11 (the month holding the winter solstice) of solar year <paramref name="year"/> begins.</summary>
    private int Month11(int year)
    {
        var dec31 = LunarAstronomy.JulianDay(new DateOnly(year, 12, 31));
        var k = (int)Math.Floor((dec31 - 2_415_021) / LunarAstronomy.SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>How many months after month 11 starting on <paramref name="a11"/> the leap month comes (it has no major term).</summary>
    private int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - LunarAstronomy.FirstNewMoon) / LunarAstronomy.SynodicMonth) + 0.5);
        var i = 1;
        var sector = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = sector;
            i++;
            sector = SunSector(NewMoonDay(k + i));
        }
        while (sector != last && i < 14);

        return i - 1;
    }

    private int NewMoonDay(int k) => LunarAstronomy.NewMoonDay(k, _utcOffsetHours);

    private int SunSector(int julianDay) => LunarAstronomy.SunLongitudeSector(julianDay, _utcOffsetHours);
}
