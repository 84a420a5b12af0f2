using DeadlineBot.Core.Deadlines;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class ScheduleKindReminderTests
{
    [TestMethod]
    public void A_range_is_reminded_before_its_end() =>
        Assert.AreEqual(
            "r|2025-06-30|before-7",
            Planner.Plan([With("r", "Sở Nội vụ", Schedule.Between(Date("2021-07-01"), Date("2025-06-30")))], Date("2025-06-23")).Single().Items.Single().Key);

    [TestMethod]
    [DataRow("2021-04-01")]
    [DataRow("2022-03-31")]
    [DataRow("2022-12-30")]
    public void Ongoing_work_gets_no_reminder(string today) =>
        Assert.IsEmpty(Planner.Plan([With("o", "Sở Nội vụ", Schedule.Ongoing(Date("2021-04-01")))], Date(today)));

    [TestMethod]
    public void A_task_with_two_schedules_is_reminded_for_each()
    {
        var task = With("g", "Liên hiệp Hội", Schedule.DueOn(Date("2022-03-31")), Schedule.DueOn(Date("2022-06-30")));

        Assert.AreEqual("g|2022-03-31|before-7", Planner.Plan([task], Date("2022-03-24")).Single().Items.Single().Key);
        Assert.AreEqual("g|2022-06-30|before-7", Planner.Plan([task], Date("2022-06-23")).Single().Items.Single().Key);
    }

    [TestMethod]
    public void A_yearly_task_since_1990_reported_done_last_year_is_reminded_of_this_year_only()
    {
        var task = With("y", "Sở Nội vụ", Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, 5, 18), Date("1990-01-01")))
            with { DoneOn = Date("2021-05-20") };

        Assert.AreEqual("y|2022-05-18|before-7", Planner.Plan([task], Date("2022-05-11")).Single().Items.Single().Key);
    }
}
