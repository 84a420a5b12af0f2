using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class LunarCalendarTests
{
    private static readonly LunarCalendar Vietnamese = LunarCalendar.Vietnamese;

    [TestMethod]
    [DataRow(2021, "2021-02-12")]
    [DataRow(2022, "2022-02-01")]
    [DataRow(2023, "2023-01-22")]
    [DataRow(2024, "2024-02-10")]
    [DataRow(2025, "2025-01-29")]
    [DataRow(2026, "2026-02-17")]
    [DataRow(2027, "2027-02-06")]
    [DataRow(2028, "2028-01-26")]
    [DataRow(2029, "2029-02-13")]
    [DataRow(2030, "2030-02-02")]
    public void Tet_falls_on_the_published_day(int year, string tet)
    {
        Assert.AreEqual(Iso.Date(tet), Vietnamese.NewYear(year));
        Assert.AreEqual(new LunarDate(year, 1, 1), Vietnamese.ToLunar(Iso.Date(tet)));
    }

    [TestMethod]
    [DataRow(2030, "2030-02-02", "2030-02-03")]
    [DataRow(1968, "1968-01-29", "1968-01-30")]
    public void Reckoning_days_at_UTC_plus_7_moves_some_new_years_a_day_earlier_than_at_UTC_plus_8(int year, string vietnamese, string chinese)
    {
        Assert.AreEqual(Iso.Date(vietnamese), Vietnamese.NewYear(year));
        Assert.AreEqual(Iso.Date(chinese), new LunarCalendar(TimeSpan.FromHours(8)).NewYear(year));
    }

    [TestMethod]
    [DataRow(2020, "2020-04-02")]
    [DataRow(2021, "2021-04-21")]
    [DataRow(2022, "2022-04-10")]
    [DataRow(2023, "2023-04-29")]
    [DataRow(2024, "2024-04-18")]
    [DataRow(2025, "2025-04-07")]
    [DataRow(2026, "2026-04-26")]
    public void Gio_To_Hung_Vuong_10_3_lunar_falls_on_the_published_day(int year, string solar) =>
        Assert.AreEqual(Iso.Date(solar), Vietnamese.ToSolar(new LunarDate(year, 3, 10)));

    [TestMethod]
    [DataRow("2024-09-17", 2024, 8, 15, false)]
    [DataRow("2025-10-06", 2025, 8, 15, false)]
    [DataRow("2024-08-18", 2024, 7, 15, false)]
    [DataRow("2023-03-22", 2023, 2, 1, true)]
    [DataRow("2023-04-19", 2023, 2, 29, true)]
    [DataRow("2023-04-20", 2023, 3, 1, false)]
    [DataRow("2020-05-23", 2020, 4, 1, true)]
    [DataRow("2025-07-25", 2025, 6, 1, true)]
    [DataRow("2026-02-16", 2025, 12, 29, false)]
    public void Solar_dates_convert_to_the_published_lunar_dates(string solar, int year, int month, int day, bool leap)
    {
        var lunar = new LunarDate(year, month, day, leap);
        Assert.AreEqual(lunar, Vietnamese.ToLunar(Iso.Date(solar)));
        Assert.AreEqual(Iso.Date(solar), Vietnamese.ToSolar(lunar));
    }

    [TestMethod]
    [DataRow(2020, 4)]
    [DataRow(2023, 2)]
    [DataRow(2025, 6)]
    [DataRow(2028, 5)]
    public void A_year_of_13_months_names_its_leap_month(int year, int leapMonth) =>
        Assert.AreEqual(leapMonth, Vietnamese.LeapMonth(year));

    [TestMethod]
    [DataRow(2021)]
    [DataRow(2022)]
    [DataRow(2024)]
    [DataRow(2026)]
    public void A_year_of_12_months_has_no_leap_month(int year) => Assert.IsNull(Vietnamese.LeapMonth(year));

    [TestMethod]
    public void A_leap_month_the_year_lacks_does_not_exist()
    {
        Assert.IsFalse(Vietnamese.TryToSolar(new LunarDate(2023, 3, 1, isLeapMonth: true), out _));
        Assert.IsFalse(Vietnamese.TryToSolar(new LunarDate(2024, 2, 1, isLeapMonth: true), out _));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Vietnamese.ToSolar(new LunarDate(2024, 2, 1, isLeapMonth: true)));
    }

    [TestMethod]
    public void The_30th_of_a_29_day_month_does_not_exist()
    {
        Assert.AreEqual(29, Vietnamese.DaysInMonth(2025, 12));
        Assert.IsFalse(Vietnamese.TryToSolar(new LunarDate(2025, 12, 30), out _));
    }

    [TestMethod]
    public void Lunar_months_have_29_or_30_days_and_a_lunar_year_353_to_385()
    {
        for (var year = 2000; year <= 2050; year++)
        {
            var length = Vietnamese.NewYear(year + 1).DayNumber - Vietnamese.NewYear(year).DayNumber;
            Assert.IsTrue(length is >= 353 and <= 355 or >= 383 and <= 385, $"lunar year {year} has {length} days");
            Assert.AreEqual(length > 360, Vietnamese.LeapMonth(year) is not null, $"lunar year {year}");
        }
    }

    [TestMethod]
    [DataRow(2062, 2, 30)]
    [DataRow(2062, 1, 30)]
    public void The_last_day_of_a_month_whose_new_moon_estimate_is_one_off_converts_back(int year, int month, int day)
    {
        var lunar = new LunarDate(year, month, day);

        var solar = LunarCalendar.Vietnamese.ToSolar(lunar);

        Assert.AreEqual(lunar, LunarCalendar.Vietnamese.ToLunar(solar));
    }
}
