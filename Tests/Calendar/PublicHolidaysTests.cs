using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class PublicHolidaysTests
{
    [TestMethod]
    public void The_computed_default_matches_2022_when_the_government_moved_no_day()
    {
        var official = HolidayData.Official.For(2022)!.DaysOff;
        var computed = WorkingCalendar.Computed.WeekdaysOff(2022);

        CollectionAssert.AreEqual(official.ToArray(), computed.ToArray());
    }

    [TestMethod]
    public void Tet_is_the_last_day_of_the_old_year_and_mung_1_to_4_with_weekend_days_given_back_after_it()
    {
        var tet = PublicHolidays.Computed(2030).Where(h => h.Name.EndsWith(PublicHolidays.LunarNewYear, StringComparison.Ordinal));

        CollectionAssert.AreEqual(
            Iso.Dates("2030-02-01 2030-02-02 2030-02-03 2030-02-04 2030-02-05 2030-02-06 2030-02-07"),
            tet.Select(h => h.Date).ToArray());
        CollectionAssert.AreEqual(Iso.Dates("2030-02-06 2030-02-07"), tet.Where(h => h.InLieu).Select(h => h.Date).ToArray());
    }

    [TestMethod]
    [DataRow(2021, "2021-09-03")]
    [DataRow(2022, "2022-09-01")]
    [DataRow(2023, "2023-09-01")]
    [DataRow(2024, "2024-09-03")]
    [DataRow(2025, "2025-09-01")]
    [DataRow(2026, "2026-09-01")]
    [DataRow(2027, "2027-09-03")]
    [DataRow(2029, "2029-09-03")]
    public void The_second_national_day_joins_2_9_to_the_weekend_as_the_government_chose(int year, string companion) =>
        Assert.AreEqual(Iso.Date(companion), PublicHolidays.NationalDayCompanion(year));

    [TestMethod]
    [DataRow(2022, "2022-01-01", "2022-01-03")]
    [DataRow(2023, "2023-01-01", "2023-01-02")]
    [DataRow(2029, "2029-09-02", "2029-09-04")]
    [DataRow(2026, "2026-04-26", "2026-04-27")]
    public void A_holiday_on_a_weekend_gives_the_next_free_weekday_off(int year, string holiday, string inLieu)
    {
        var holidays = PublicHolidays.Computed(year);

        Assert.IsTrue(holidays.Any(h => h.Date == Iso.Date(holiday) && !h.InLieu));
        Assert.IsTrue(holidays.Any(h => h.Date == Iso.Date(inLieu) && h.InLieu));
    }

    [TestMethod]
    public void Thirty_April_and_1_May_on_a_weekend_give_Monday_and_Tuesday_off()
    {
        var inLieu = PublicHolidays.Computed(2022).Where(h => h.InLieu && h.Date.Month == 5).Select(h => h.Date);

        CollectionAssert.AreEqual(Iso.Dates("2022-05-02 2022-05-03"), inLieu.ToArray());
    }

    [TestMethod]
    public void Every_year_has_eleven_holiday_days_plus_one_day_in_lieu_for_each_on_a_weekend()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var holidays = PublicHolidays.Computed(year);
            var regular = holidays.Where(h => !h.InLieu).ToList();

            Assert.AreEqual(11, regular.Count, $"{year}");
            Assert.AreEqual(regular.Count(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), holidays.Count(h => h.InLieu), $"{year}");
            Assert.IsTrue(holidays.All(h => h.Date.Year == year), $"{year}");
        }
    }
}
