using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>Sample 004 sets a yearly reporting day (05/12); yearly tasks that name no day fall due on it.</summary>
[TestClass]
public sealed class ReportingRuleTests
{
    private static PlanImport Plan => SampleFiles.Import("004_ba5b8fd20c499393.txt", SampleFiles.Text);

    [TestMethod]
    public void The_plan_reporting_rule_is_captured() =>
        Assert.AreEqual(new PlanReportingRule("Định kỳ trước ngày 05 tháng 12 hằng năm", 12, 5), Plan.ReportingRule);

    [TestMethod]
    public void A_yearly_task_without_a_day_is_due_on_the_reporting_day()
    {
        var task = Plan.Tasks.Single(t => t.Title.Contains("giao dự toán", StringComparison.Ordinal));

        var recurrence = task.Deadline.Schedules.Single().Recurrence!;
        Assert.AreEqual((RecurrenceUnit.Year, 12, 5), (recurrence.Unit, recurrence.Month, recurrence.Day));
        CollectionAssert.Contains(task.Warnings.ToList(), PlanMessages.ReportingRuleApplied(5, 12));
    }

    [TestMethod]
    public void A_plan_without_a_reporting_rule_leaves_yearly_tasks_without_a_day()
    {
        var task = SampleFiles.Import("000_fae38e40f0f29f03.txt", SampleFiles.Text).Task("II.4.b");

        Assert.IsNull(task.Deadline.Schedules.Single().Recurrence!.Day);
    }

    [TestMethod]
    public void The_report_itself_is_a_task_led_by_the_bodies_that_report_to_the_science_department()
    {
        var report = Plan.Task("III.3.bc");

        Assert.AreEqual(("các cơ quan, tổ chức liên quan", "Sở Khoa học và Công nghệ"), (report.Lead.Single(), report.ReportTo));
    }
}
