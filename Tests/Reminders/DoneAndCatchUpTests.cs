using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class DoneAndCatchUpTests
{
    [TestMethod]
    [DataRow("2022-03-20")]
    [DataRow("2022-04-02")]
    public void A_task_reported_done_gets_no_more_reminders(string doneOn)
    {
        Assert.IsEmpty(Planner.Plan([DueOn("2022-03-31", doneOn: doneOn)], Date("2022-04-07")));
        Assert.IsEmpty(Planner.Plan([DueOn("2022-03-31", doneOn: doneOn)], Date("2022-04-14")));
    }

    [TestMethod]
    public void A_report_dated_after_today_does_not_count_yet() =>
        Assert.HasCount(1, Planner.Plan([DueOn("2022-03-31", doneOn: "2022-03-30")], Date("2022-03-24")));

    [TestMethod]
    public void After_a_three_day_gap_each_task_gets_its_latest_missed_reminder_only()
    {
        // Last scan Sunday 27/3; Monday to Wednesday were missed; today is Thursday 31/3/2022.
        var tasks = new[]
        {
            DueOn("2022-03-31", "a"), // before-3 on 28/3, before-1 on 30/3, due on 31/3
            DueOn("2022-03-29", "b"), // before-1 on 28/3, due on 29/3
            DueOn("2022-04-04", "c"), // before-7 on 28/3 (before-3 is 1/4)
            DueOn("2022-06-30", "d"), // nothing in the gap
        };

        var items = Planner.Plan(tasks, Date("2022-03-31"), lastScan: Date("2022-03-27")).Single().Items;

        CollectionAssert.AreEqual(
            new[] { "b|2022-03-29|due", "a|2022-03-31|due", "c|2022-04-04|before-7" },
            items.Select(i => i.Key).ToArray());
        Assert.AreEqual((ReminderKind.Overdue, 2), (items[0].Kind, items[0].Days));
        Assert.AreEqual((ReminderKind.Before, 4), (items[2].Kind, items[2].Days));
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("2022-03-30")]
    [DataRow("2022-03-31")]
    public void Without_a_gap_only_todays_reminders_are_planned(string? lastScan)
    {
        var tasks = new[] { DueOn("2022-03-31", "a"), DueOn("2022-03-29", "b"), DueOn("2022-04-04", "c") };

        var items = Planner.Plan(tasks, Date("2022-03-31"), lastScan is null ? null : Date(lastScan)).Single().Items;

        Assert.AreEqual("a|2022-03-31|due", items.Single().Key);
    }

    [TestMethod]
    public void A_catch_up_after_a_long_stop_sends_one_overdue_reminder_per_task() =>
        Assert.AreEqual(
            "a|2022-01-31|overdue-56",
            Planner.Plan([DueOn("2022-01-31", "a")], Date("2022-03-28"), lastScan: Date("2021-12-01")).Single().Items.Single().Key);
}
