using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class ReminderStageTests
{
    // Due Thursday 31/3/2022; every reminder day below is a working day.
    [TestMethod]
    [DataRow("2022-03-01", ReminderKind.Before, 30, "before-30", false)]
    [DataRow("2022-03-17", ReminderKind.Before, 14, "before-14", false)]
    [DataRow("2022-03-24", ReminderKind.Before, 7, "before-7", false)]
    [DataRow("2022-03-28", ReminderKind.Before, 3, "before-3", false)]
    [DataRow("2022-03-30", ReminderKind.Before, 1, "before-1", false)]
    [DataRow("2022-03-31", ReminderKind.Due, 0, "due", false)]
    [DataRow("2022-04-07", ReminderKind.Overdue, 7, "overdue-7", false)]
    [DataRow("2022-04-14", ReminderKind.Overdue, 14, "overdue-14", true)]
    [DataRow("2022-04-21", ReminderKind.Overdue, 21, "overdue-21", true)]
    public void A_task_due_on_31_March_is_reminded_at_each_stage(
        string today, ReminderKind kind, int days, string stage, bool escalated)
    {
        var item = Planner.Plan([DueOn("2022-03-31")], Date(today)).Single().Items.Single();

        Assert.AreEqual(kind, item.Kind);
        Assert.AreEqual(days, item.Days);
        Assert.AreEqual($"t1|2022-03-31|{stage}", item.Key);
        Assert.AreEqual(escalated, item.Escalated);
    }

    [TestMethod]
    [DataRow("2022-02-28")]
    [DataRow("2022-03-25")]
    [DataRow("2022-03-29")]
    [DataRow("2022-04-01")]
    [DataRow("2022-04-08")]
    public void Between_stages_there_is_no_reminder(string today) =>
        Assert.IsEmpty(Planner.Plan([DueOn("2022-03-31")], Date(today)));

    [TestMethod]
    [DataRow(14, 7, false)]
    [DataRow(14, 14, true)]
    [DataRow(10, 7, false)]
    [DataRow(10, 14, true)]
    [DataRow(7, 7, true)]
    public void Escalation_starts_at_the_configured_days_overdue(int escalateAfter, int overdue, bool escalated)
    {
        var planner = new ReminderPlanner(ReminderPolicy.Default with { EscalateAfterDays = escalateAfter }, new WorkingCalendar());

        var digest = planner.Plan([DueOn("2022-03-31")], Date("2022-03-31").AddDays(overdue)).Single();

        Assert.AreEqual(escalated, digest.Items.Single().Escalated);
        CollectionAssert.AreEqual(escalated ? new[] { "UBND tỉnh" } : Array.Empty<string>(), digest.EscalateTo.ToArray());
    }

    [TestMethod]
    public void The_days_before_come_from_the_policy()
    {
        var planner = new ReminderPlanner(ReminderPolicy.Default with { DaysBefore = [10] }, new WorkingCalendar());

        Assert.AreEqual("t1|2022-03-31|before-10", planner.Plan([DueOn("2022-03-31")], Date("2022-03-21")).Single().Items.Single().Key);
        Assert.IsEmpty(planner.Plan([DueOn("2022-03-31")], Date("2022-03-24")));
    }
}
