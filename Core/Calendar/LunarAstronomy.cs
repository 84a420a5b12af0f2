namespace DeadlineBot.Core.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's algorithm
/// (J. Meeus, <i>Astronomical Algorithms</i>): the day of each new moon and the solar term of a day,
/// both reckoned in local time at a fixed UTC offset. Days are Julian day numbers.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Julian day number of 0001-01-01 (Gregorian), where <see cref="DateOnly.DayNumber"/> is 0.</summary>
    public const int JulianDayOfDayNumberZero = 1_721_426;

    /// <summary>Mean length of a synodic month in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>The Julian day of the new moon of 1900-01-01, from which new moons are numbered.</summary>
    public const double FirstNewMoon = 2_415_021.076998695;

    private const double Degrees = Math.PI / 180;

    public static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly DateOf(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    /// <summary>The local day (Julian day number) of new moon number <paramref name="k"/> counted from January 1900.</summary>
    public static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (utcOffsetHours / 24));

    /// <summary>The solar term sector (0–11, 30° each, 0 at the spring equinox) at the start of a local day.</summary>
    public static int SunLongitudeSector(int julianDay, double utcOffsetHours) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (utcOffsetHours / 24)) / Math.PI * 6);

    /// <summary>The Julian date (UT) of new moon number <paramref name="k"/>.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd = 2_415_020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Degrees));
        var m = (359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3)) * Degrees;
        var mpr = (306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3)) * Degrees;
        var f = (21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3)) * Degrees;
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m)) + (0.0021 * Math.Sin(2 * m))
            - (0.4068 * Math.Sin(mpr)) + (0.0161 * Math.Sin(2 * mpr)) - (0.0004 * Math.Sin(3 * mpr))
            + (0.0104 * Math.Sin(2 * f)) - (0.0051 * Math.Sin(m + mpr)) - (0.0074 * Math.Sin(m - mpr))
            + (0.0004 * Math.Sin((2 * f) + m)) - (0.0004 * Math.Sin((2 * f) - m)) - (0.0006 * Math.Sin((2 * f) + mpr))
            + (0.0010 * Math.Sin((2 * f) - mpr)) + (0.0005 * Math.Sin((2 * mpr) + m));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians (0 to 2π) at Julian date <paramref name="jd"/> (UT).</summary>
    private static double SunLongitude(double jd)
    {
        var t = (jd - 2_451_545.0) / 36_525;
        var t2 = t * t;
        var m = (357.52910 + (35_999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2)) * Degrees;
        var l0 = 280.46645 + (36_000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m)) + (0.000290 * Math.Sin(3 * m));
        var longitude = (l0 + dl) * Degrees;
        return longitude - (Math.PI * 2 * Math.Floor(longitude / (Math.PI * 2)));
    }
}
