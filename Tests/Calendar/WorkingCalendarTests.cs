using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    [TestMethod]
    [DataRow("2026-02-13", true, "Friday before official Tết 2026")]
    [DataRow("2026-02-16", false, "official Tết 2026, 29 Tết")]
    [DataRow("2026-02-20", false, "official Tết 2026, mùng 4")]
    [DataRow("2026-02-23", true, "first Monday after Tết 2026")]
    [DataRow("2026-01-02", false, "Friday swapped for Saturday 10/1")]
    [DataRow("2026-01-10", true, "make-up Saturday")]
    [DataRow("2026-01-11", false, "Sunday")]
    [DataRow("2025-02-08", true, "make-up Saturday after Tết 2025")]
    [DataRow("2025-01-27", false, "swapped day before Tết 2025")]
    [DataRow("2024-05-04", true, "make-up Saturday after 30/4 2024")]
    [DataRow("2026-04-27", false, "in lieu of Giỗ Tổ on Sunday 26/4/2026")]
    [DataRow("2030-02-07", false, "computed Tết 2030, in lieu of Sunday mùng 2")]
    [DataRow("2030-02-08", true, "first working day after computed Tết 2030")]
    [DataRow("2027-09-03", false, "computed Quốc khánh 2027: 2/9 Thursday and Friday 3/9")]
    public void Working_days_follow_the_official_data_and_the_computed_default(string date, bool working, string why) =>
        Assert.AreEqual(working, Calendar.IsWorkingDay(Iso.Date(date)), why);

    [TestMethod]
    [DataRow("2026-02-13", 1, "2026-02-23")]
    [DataRow("2026-02-11", 5, "2026-02-25")]
    [DataRow("2026-02-23", -1, "2026-02-13")]
    [DataRow("2026-01-09", 1, "2026-01-10")]
    [DataRow("2026-01-09", 2, "2026-01-12")]
    [DataRow("2030-01-31", 1, "2030-02-08")]
    [DataRow("2030-01-25", 10, "2030-02-15")]
    [DataRow("2026-11-20", 3, "2026-11-25")]
    [DataRow("2026-11-21", 0, "2026-11-21")]
    public void Adding_working_days_skips_weekends_and_days_off_and_counts_make_up_days(string from, int days, string expected)
    {
        Assert.AreEqual(Iso.Date(expected), Calendar.AddWorkingDays(Iso.Date(from), days));
        Assert.AreEqual(days, Calendar.WorkingDaysBetween(Iso.Date(from), Iso.Date(expected)));
    }

    [TestMethod]
    [DataRow("2026-02-22", "2026-02-13")]
    [DataRow("2026-02-23", "2026-02-23")]
    [DataRow("2026-11-22", "2026-11-20")]
    [DataRow("2026-01-04", "2025-12-31")]
    [DataRow("2026-01-11", "2026-01-10")]
    public void On_or_before_is_the_day_itself_or_the_last_working_day_before_it(string date, string expected) =>
        Assert.AreEqual(Iso.Date(expected), Calendar.OnOrBefore(Iso.Date(date)));

    [TestMethod]
    public void On_or_after_is_the_first_working_day_from_the_date() =>
        Assert.AreEqual(Iso.Date("2026-02-23"), Calendar.OnOrAfter(Iso.Date("2026-02-14")));

    [TestMethod]
    public void Loaded_data_replaces_the_computed_default_for_its_year_only()
    {
        var data = HolidayData.Load(new MemoryStream("""{"year": 2027, "daysOff": ["2027-02-03"], "workingDays": ["2027-02-20"]}"""u8.ToArray()));

        var calendar = WorkingCalendar.FromData(data);

        Assert.IsFalse(calendar.IsWorkingDay(Iso.Date("2027-02-03")));
        Assert.IsTrue(calendar.IsWorkingDay(Iso.Date("2027-02-05")), "computed Tết 2027 no longer applies");
        Assert.IsTrue(calendar.IsWorkingDay(Iso.Date("2027-02-20")));
        Assert.IsFalse(calendar.IsWorkingDay(Iso.Date("2028-01-26")), "computed Tết 2028 still applies");
    }

    [TestMethod]
    public void A_plain_calendar_takes_off_weekends_and_the_given_days_only()
    {
        var calendar = new WorkingCalendar([Iso.Date("2026-03-04")]);

        Assert.IsFalse(calendar.IsWorkingDay(Iso.Date("2026-03-04")));
        Assert.IsTrue(calendar.IsWorkingDay(Iso.Date("2026-02-17")), "no computed Tết");
        Assert.AreEqual(Iso.Date("2026-03-05"), calendar.AddWorkingDays(Iso.Date("2026-03-03"), 1));
    }

    [TestMethod]
    public void Threads_asking_at_once_see_the_same_days()
    {
        var calendar = WorkingCalendar.FromData(HolidayData.Official);
        var days = Enumerable.Range(0, 20_000).Select(i => new DateOnly(2000, 1, 1).AddDays(i)).ToArray();

        var parallel = days.AsParallel().AsOrdered().Select(calendar.IsWorkingDay).ToArray();

        CollectionAssert.AreEqual(days.Select(WorkingCalendar.Default.IsWorkingDay).ToArray(), parallel);
    }
}
