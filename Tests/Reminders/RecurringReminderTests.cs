using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class RecurringReminderTests
{
    /// <summary>A yearly task; <paramref name="doneOn"/> reports the occurrence <paramref name="doneFor"/> (a period id such as 2022).</summary>
    private static TrackedTask Yearly(
        Recurrence recurrence, DateOnly? start = null, string? created = null, string? doneOn = null, string? doneFor = null) =>
        With("y1", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", Schedule.Repeating(recurrence, start)) with
        {
            Created = created is null ? null : Date(created),
            Done = doneOn is null || doneFor is null ? new Dictionary<string, DateOnly>() : new() { [doneFor] = Date(doneOn) },
        };

    [TestMethod]
    public void A_yearly_meeting_on_18_May_is_reminded_a_week_before_each_year()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year, 5, 18), Date("2022-01-01"));

        Assert.AreEqual("y1|2022-05-18|before-7", Planner.Plan([task], Date("2022-05-11")).Single().Items.Single().Key);
        Assert.AreEqual("y1|2023-05-18|before-7", Planner.Plan([task], Date("2023-05-11")).Single().Items.Single().Key);
    }

    [TestMethod]
    public void A_yearly_task_with_the_plans_day_5_December_is_reminded_before_5_December()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year), created: "2021-11-29") with { YearlyDueDay = (12, 5) };

        var item = Planner.Plan([task], Date("2022-11-28")).Single().Items.Single();

        Assert.AreEqual("y1|2022-12-05|before-7", item.Key);
        Assert.AreEqual(Date("2022-12-05"), item.Due);
    }

    [TestMethod]
    public void A_quarterly_report_is_due_on_the_quarters_last_day()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Quarter), created: "2022-01-01");

        Assert.AreEqual("y1|2022-06-30|due", Planner.Plan([task], Date("2022-06-30")).Single().Items.Single().Key);
        Assert.AreEqual("y1|2022-09-30|before-1", Planner.Plan([task], Date("2022-09-29")).Single().Items.Single().Key);
    }

    [TestMethod]
    public void A_past_occurrence_not_reported_done_stays_overdue()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year), created: "2021-11-29");

        var item = Planner.Plan([task], Date("2022-01-28")).Single().Items.Single();

        Assert.AreEqual("y1|2021-12-31|overdue-28", item.Key);
        Assert.IsTrue(item.Escalated);
    }

    [TestMethod]
    public void A_late_report_of_last_years_occurrence_closes_it_but_not_this_years()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year), created: "2022-01-01", doneOn: "2023-01-05", doneFor: "2022");

        Assert.IsEmpty(Planner.Plan([task], Date("2023-01-13")));
        Assert.AreEqual("y1|2023-12-31|before-30", Planner.Plan([task], Date("2023-12-01")).Single().Items.Single().Key);
    }

    [TestMethod]
    public void A_report_of_this_years_occurrence_stops_only_its_reminders_and_last_years_stay_overdue()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year), created: "2022-01-01", doneOn: "2023-12-05", doneFor: "2023");

        Assert.AreEqual("y1|2022-12-31|overdue-357", Planner.Plan([task], Date("2023-12-22")).Single().Items.Single().Key);
        Assert.IsEmpty(Planner.Plan([task with { Done = new Dictionary<string, DateOnly>(task.Done) { ["2022"] = Date("2023-01-02") } }], Date("2023-12-22")));
        Assert.AreEqual("y1|2024-12-31|before-14", Planner.Plan([task with { Done = new Dictionary<string, DateOnly>(task.Done) { ["2022"] = Date("2023-01-02") } }], Date("2024-12-17")).Single().Items.Single().Key);
    }

    [TestMethod]
    public void Without_a_start_or_creation_date_only_the_latest_past_occurrence_counts()
    {
        var task = Yearly(new Recurrence(1, RecurrenceUnit.Year));

        Assert.AreEqual("y1|2021-12-31|overdue-7", Planner.Plan([task], Date("2022-01-07")).Single().Items.Single().Key);
        Assert.AreEqual("y1|2022-12-31|before-30", Planner.Plan([task], Date("2022-12-01")).Single().Items.Single().Key);
    }
}
