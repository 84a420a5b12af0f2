using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>Sample 002 is a programme of targets: it imports, keeps the targets that repeat, and says it holds no dated tasks.</summary>
[TestClass]
public sealed class ProgrammeTests
{
    private static PlanImport Programme => SampleFiles.Import("002_13ade7dd27d1dbae.txt", SampleFiles.Text);

    [TestMethod]
    public void The_programme_warns_that_it_holds_no_dated_tasks() =>
        CollectionAssert.Contains(Programme.Warnings.ToList(), PlanMessages.NoDatedTasks);

    [TestMethod]
    [DataRow("Hội thi Sáng tạo kỹ thuật", 2)]
    [DataRow("Cuộc thi Sáng tạo thanh thiếu niên", 1)]
    [DataRow("Giải thưởng Sáng tạo KH&CN", 1)]
    [DataRow("đợt tuyển chọn giải pháp KHCN", 1)]
    public void Each_repeating_target_is_kept_with_its_interval(string title, int everyYears)
    {
        var target = Programme.Tasks.Single(t => t.Title.Contains(title, StringComparison.Ordinal));

        var recurrence = target.Deadline.Schedules.Single().Recurrence;
        Assert.AreEqual((everyYears, RecurrenceUnit.Year), (recurrence?.Every, recurrence?.Unit));
    }

    [TestMethod]
    public void A_programme_without_number_or_date_says_so_and_counts_from_the_date_it_cites() =>
        CollectionAssert.IsSubsetOf(
            new[] { PlanMessages.NoNumber, PlanMessages.NoPlaceDate, PlanMessages.DateAssumed(new DateOnly(2022, 7, 15)) },
            Programme.Warnings.ToList());
}
