using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Reminders;
using static DeadlineBot.Tests.Reminders.TrackedTasks;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class ImportedTasksTests
{
    private static readonly PlanImport Import = new(
        new PlanMetadata("167/KH-UBND", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", Date("2021-11-29"), null),
        [Task("II.4.d", "2022-03-31"), Task("II.4.d", "2022-06-30"), Task("II.4.e", null)],
        [],
        []) { ReportingRule = new PlanReportingRule("Định kỳ trước ngày 05 tháng 12 hằng năm", 12, 5) };

    [TestMethod]
    public void A_reference_the_plan_repeats_gets_a_distinct_task_id()
    {
        var tasks = ImportedTasks.Track(Import, "plan-167");

        CollectionAssert.AreEqual(new[] { "II.4.d", "II.4.d~2", "II.4.e" }, tasks.Select(t => t.Id).ToArray());
        CollectionAssert.AreEqual(new[] { "II.4.d", "II.4.d", "II.4.e" }, tasks.Select(t => t.Ref).ToArray());
    }

    [TestMethod]
    public void Tracked_tasks_carry_the_plan_its_date_and_its_yearly_reporting_day()
    {
        var task = ImportedTasks.Track(Import, "plan-167")[0];

        Assert.AreEqual(("plan-167", "167/KH-UBND", Date("2021-11-29"), ((int, int)?)(12, 5)), (task.PlanId, task.PlanTitle, task.Created, task.YearlyDueDay));
        CollectionAssert.AreEqual(new[] { "Sở Nội vụ" }, task.Lead.ToArray());
        Assert.AreEqual("UBND tỉnh", task.ReportTo);
        Assert.AreEqual(Date("2022-03-31"), task.Schedules.Single().Due);
    }

    private static PlanTask Task(string reference, string? due) => new(
        reference,
        $"Nhiệm vụ {reference}",
        ["Sở Nội vụ"],
        ["Sở Tài chính"],
        "UBND tỉnh",
        due,
        new DeadlineParseResult(due ?? string.Empty, due is null ? [] : [Schedule.DueOn(Date(due))], [], null),
        null,
        new SourceLocation(1, "body"),
        []);
}
