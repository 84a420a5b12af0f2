using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class ReminderDigestTests
{
    [TestMethod]
    public void Every_lead_of_a_task_gets_the_item()
    {
        var task = DueOn("2022-03-31") with { Lead = ["Sở Tài chính", "Sở Nội vụ", "Sở Tài chính"] };

        var digests = Planner.Plan([task], Date("2022-03-24"));

        CollectionAssert.AreEqual(new[] { "Sở Nội vụ", "Sở Tài chính" }, digests.Select(d => d.Agency).ToArray());
        Assert.IsTrue(digests.All(d => d.Items.Single().TaskId == "t1"));
    }

    [TestMethod]
    public void A_task_without_a_lead_is_in_no_digest() =>
        Assert.IsEmpty(Planner.Plan([DueOn("2022-03-31") with { Lead = [] }], Date("2022-03-24")));

    [TestMethod]
    public void The_digest_id_depends_on_the_agency_date_and_reminders_not_their_order()
    {
        var tasks = new[] { DueOn("2022-03-31", "a"), DueOn("2022-04-07", "b") };
        var digest = Planner.Plan(tasks, Date("2022-03-31")).Single();

        Assert.AreEqual(digest.Id, Planner.Plan(tasks.Reverse(), Date("2022-03-31")).Single().Id);
        Assert.AreEqual(digest.Id, (digest with { Items = [.. digest.Items.Reverse()] }).Id);
        Assert.AreNotEqual(digest.Id, (digest with { Agency = "Sở Tài chính" }).Id);
        Assert.AreNotEqual(digest.Id, (digest with { Items = [digest.Items[0]] }).Id);
        Assert.MatchesRegex("^20220331-[0-9a-f]{20}$", digest.Id);
    }

    [TestMethod]
    public void Items_are_ordered_by_due_date()
    {
        var tasks = new[] { DueOn("2022-04-07", "late"), DueOn("2022-03-24", "overdue"), DueOn("2022-03-31", "today") };

        var items = Planner.Plan(tasks, Date("2022-03-31")).Single().Items;

        CollectionAssert.AreEqual(new[] { "overdue", "today", "late" }, items.Select(i => i.TaskId).ToArray());
    }
}
