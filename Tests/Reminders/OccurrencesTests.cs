using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class OccurrencesTests
{
    private static string[] Between(Schedule schedule, string from, string to, (int, int)? yearlyDueDay = null) =>
        [.. Occurrences.Between(schedule, Date(from), Date(to), yearlyDueDay).Select(d => d.ToString("yyyy-MM-dd", null))];

    [TestMethod]
    public void A_yearly_meeting_on_18_May_from_2022_falls_on_18_May_each_year() =>
        CollectionAssert.AreEqual(
            new[] { "2022-05-18", "2023-05-18", "2024-05-18" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, 5, 18), Date("2022-01-01")), "2020-01-01", "2024-12-31"));

    [TestMethod]
    public void An_honouring_every_2_years_from_2023_skips_the_years_between() =>
        CollectionAssert.AreEqual(
            new[] { "2023-05-18", "2025-05-18", "2027-05-18" },
            Between(Schedule.Repeating(new Recurrence(2, RecurrenceUnit.Year, 5, 18), Date("2023-01-01")), "2021-01-01", "2028-12-31"));

    [TestMethod]
    public void A_yearly_task_without_a_day_uses_the_plans_reporting_day_else_31_December()
    {
        var yearly = Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year));

        CollectionAssert.AreEqual(new[] { "2022-12-05", "2023-12-05" }, Between(yearly, "2022-01-01", "2023-12-31", (12, 5)));
        CollectionAssert.AreEqual(new[] { "2022-12-31", "2023-12-31" }, Between(yearly, "2022-01-01", "2023-12-31"));
    }

    [TestMethod]
    public void A_quarterly_task_is_due_at_each_quarter_end_or_on_the_given_day_of_its_last_month()
    {
        CollectionAssert.AreEqual(
            new[] { "2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter)), "2022-01-01", "2022-12-31"));
        CollectionAssert.AreEqual(
            new[] { "2022-03-20", "2022-06-20" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter, day: 20)), "2022-01-01", "2022-06-30"));
    }

    [TestMethod]
    public void A_quarterly_rule_naming_the_month_of_the_quarter_falls_in_that_month()
    {
        CollectionAssert.AreEqual(
            new[] { "2022-01-10", "2022-04-10" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter, day: 10, monthOfPeriod: MonthOfPeriod.First)), "2022-01-01", "2022-06-30"));
        CollectionAssert.AreEqual(
            new[] { "2022-03-18", "2022-06-18" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter, day: 18, monthOfPeriod: MonthOfPeriod.Last)), "2022-01-01", "2022-06-30"));
    }

    [TestMethod]
    public void A_monthly_task_is_due_at_month_end_and_a_day_31_falls_on_a_short_months_last_day()
    {
        CollectionAssert.AreEqual(
            new[] { "2022-01-31", "2022-02-28", "2022-03-31" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Month)), "2022-01-01", "2022-03-31"));
        CollectionAssert.AreEqual(
            new[] { "2022-04-30", "2022-05-31" },
            Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Month, day: 31)), "2022-04-01", "2022-05-31"));
    }

    [TestMethod]
    public void Every_3_months_counts_from_the_start_and_stops_at_until() =>
        CollectionAssert.AreEqual(
            new[] { "2022-02-28", "2022-05-31", "2022-08-31" },
            Between(
                Schedule.Repeating(new Recurrence(3, RecurrenceUnit.Month, until: Date("2022-10-31")), Date("2022-02-01")),
                "2021-01-01",
                "2023-12-31"));

    [TestMethod]
    public void Every_10_days_counts_from_the_start() =>
        CollectionAssert.AreEqual(
            new[] { "2022-01-11", "2022-01-21" },
            Between(Schedule.Repeating(new Recurrence(10, RecurrenceUnit.Day), Date("2022-01-01")), "2022-01-05", "2022-01-25"));

    [TestMethod]
    public void A_due_date_or_range_has_its_due_date_and_ongoing_work_has_none()
    {
        CollectionAssert.AreEqual(new[] { "2022-03-31" }, Between(Schedule.DueOn(Date("2022-03-31")), "2022-01-01", "2022-12-31"));
        CollectionAssert.AreEqual(new[] { "2025-06-30" }, Between(Schedule.Between(Date("2021-07-01"), Date("2025-06-30")), "2025-01-01", "2025-12-31"));
        Assert.IsEmpty(Between(Schedule.Ongoing(Date("2021-04-01")), "2021-01-01", "2030-12-31"));
    }

    [TestMethod]
    public void The_last_occurrence_on_or_before_a_date_is_found_without_a_start()
    {
        var quarterly = Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Quarter));

        Assert.AreEqual(Date("2022-03-31"), Occurrences.LastOnOrBefore(quarterly, Date("2022-06-29")));
        Assert.AreEqual(Date("2022-06-30"), Occurrences.LastOnOrBefore(quarterly, Date("2022-06-30")));
        Assert.IsNull(Occurrences.LastOnOrBefore(Schedule.Repeating(new Recurrence(2, RecurrenceUnit.Year, 5, 18), Date("2023-01-01")), Date("2023-05-17")));
    }

    [TestMethod]
    public void Enumeration_is_lazy_so_an_open_ended_recurrence_can_be_read_to_the_end_of_time() =>
        Assert.AreEqual(
            Date("2022-01-01"),
            Occurrences.Between(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Day)), Date("2022-01-01"), DateOnly.MaxValue).First());
}
