using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class PeriodsTests
{
    [TestMethod]
    [DataRow(1, "2022-03-31")]
    [DataRow(2, "2022-06-30")]
    [DataRow(3, "2022-09-30")]
    [DataRow(4, "2022-12-31")]
    public void A_quarter_ends_on_its_last_day(int quarter, string end)
    {
        Assert.AreEqual(Iso.Date(end), new Quarter(2022, quarter).LastDay);
        Assert.AreEqual(Iso.Date(end), Periods.EndOfQuarter(2022, quarter));
    }

    [TestMethod]
    [DataRow(2024, 2, 29)]
    [DataRow(2023, 2, 28)]
    [DataRow(2100, 2, 28)]
    [DataRow(2000, 2, 29)]
    [DataRow(2022, 4, 30)]
    [DataRow(2022, 6, 30)]
    [DataRow(2022, 12, 31)]
    public void A_month_ends_on_its_last_day_leap_years_included(int year, int month, int lastDay) =>
        Assert.AreEqual(new DateOnly(year, month, lastDay), Periods.EndOfMonth(year, month));

    [TestMethod]
    [DataRow(1, "2023-01-01", "2023-06-30")]
    [DataRow(2, "2023-07-01", "2023-12-31")]
    public void Six_months_start_and_end_on_the_half_year_boundaries(int half, string start, string end)
    {
        Assert.AreEqual(Iso.Date(start), Periods.StartOfHalf(2023, half));
        Assert.AreEqual(Iso.Date(end), Periods.EndOfHalf(2023, half));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(3)]
    public void There_is_no_third_half_year(int half)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new HalfYear(2023, half));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Periods.EndOfHalf(2023, half));
    }

    [TestMethod]
    [DataRow("2022-06-31")]
    [DataRow("2023-02-29")]
    public void An_impossible_day_is_clamped_to_the_month_end(string text)
    {
        var parts = text.Split('-').Select(int.Parse).ToArray();

        Assert.AreEqual(Periods.EndOfMonth(parts[0], parts[1]), Periods.ClampedDate(parts[0], parts[1], parts[2]));
    }

    [TestMethod]
    public void The_half_year_after_the_second_is_the_first_of_next_year() =>
        Assert.AreEqual(new HalfYear(2024, 1), new HalfYear(2023, 2).Next());
}
