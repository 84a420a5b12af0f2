using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class WorkingDayShiftTests
{
    /// <summary>The official Tết Nhâm Dần days off, Monday 31/1 to Friday 4/2/2022.</summary>
    private static readonly WorkingCalendar Tet2022 = new(
        [Date("2022-01-31"), Date("2022-02-01"), Date("2022-02-02"), Date("2022-02-03"), Date("2022-02-04")]);

    [TestMethod]
    public void A_reminder_day_on_a_Sunday_moves_to_the_Friday_before()
    {
        // Due Wednesday 25/5/2022: three days before is Sunday 22/5.
        var planner = new ReminderPlanner(ReminderPolicy.Default, new WorkingCalendar());

        var item = planner.Plan([DueOn("2022-05-25")], Date("2022-05-20")).Single().Items.Single();

        Assert.AreEqual("t1|2022-05-25|before-3", item.Key);
        Assert.AreEqual(5, item.Days);
        Assert.IsEmpty(planner.Plan([DueOn("2022-05-25")], Date("2022-05-22")));
    }

    [TestMethod]
    public void A_reminder_day_in_Tet_moves_to_the_last_working_day_before_Tet()
    {
        // Due Thursday 10/2/2022: seven days before is Thursday 3/2, the third day of Tết.
        var planner = new ReminderPlanner(ReminderPolicy.Default, Tet2022);

        var item = planner.Plan([DueOn("2022-02-10")], Date("2022-01-28")).Single().Items.Single();

        Assert.AreEqual("t1|2022-02-10|before-7", item.Key);
        Assert.AreEqual(13, item.Days);
        Assert.IsEmpty(planner.Plan([DueOn("2022-02-10")], Date("2022-02-03")));
    }

    [TestMethod]
    public void Stages_shifted_onto_one_day_send_the_one_nearest_the_due_date()
    {
        // Due Monday 7/2/2022: 7, 3 and 1 days before (31/1, 4/2, 6/2) all move to Friday 28/1.
        var planner = new ReminderPlanner(ReminderPolicy.Default, Tet2022);

        var item = planner.Plan([DueOn("2022-02-07")], Date("2022-01-28")).Single().Items.Single();

        Assert.AreEqual("t1|2022-02-07|before-1", item.Key);
        Assert.AreEqual(10, item.Days);
    }

    [TestMethod]
    public void Without_shifting_a_weekend_reminder_stays_on_its_day()
    {
        var planner = new ReminderPlanner(ReminderPolicy.Default with { ShiftToWorkingDay = false }, new WorkingCalendar());

        Assert.AreEqual("t1|2022-05-25|before-3", planner.Plan([DueOn("2022-05-25")], Date("2022-05-22")).Single().Items.Single().Key);
    }
}
