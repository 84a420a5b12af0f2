using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans.Revisions;

namespace DeadlineBot.Tests.Plans.Revisions;

/// <summary>A revised plan is matched to the stored one task by task: by title first, then similar titles near the same number.</summary>
[TestClass]
public sealed class PlanDiffTests
{
    private static readonly TaskVersion[] Stored =
    [
        Task("1", "Tổ chức tuyên truyền, quán triệt Chỉ thị số 42-CT/TW đến cán bộ, đảng viên"),
        Task("2", "Rà soát, sửa đổi quy chế phối hợp giữa Liên hiệp Hội và các sở, ngành"),
        Task("3", "Xây dựng đề án nâng cao năng lực tư vấn, phản biện và giám định xã hội"),
        Task("4", "Tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ X"),
    ];

    [TestMethod]
    public void The_same_tasks_are_all_unchanged()
    {
        var diff = PlanDiff.Compare(Stored, Stored);

        Assert.HasCount(4, diff.Unchanged);
        Assert.IsEmpty(diff.Added);
        Assert.IsEmpty(diff.Removed);
        Assert.IsEmpty(diff.Changed);
    }

    [TestMethod]
    public void A_task_inserted_in_the_middle_is_added_and_the_renumbered_rest_keep_their_match()
    {
        TaskVersion[] revised =
        [
            Stored[0],
            Task("2", "Thành lập Hội đồng khoa học của Liên hiệp Hội nhiệm kỳ mới"),
            Stored[1] with { Ref = "3" },
            Stored[2] with { Ref = "4" },
            Stored[3] with { Ref = "5" },
        ];

        var diff = PlanDiff.Compare(Stored, revised);

        CollectionAssert.AreEqual(new[] { 1 }, diff.Added.ToArray());
        Assert.IsEmpty(diff.Removed);
        Assert.IsEmpty(diff.Changed);
        CollectionAssert.AreEqual(new[] { (0, 0), (1, 2), (2, 3), (3, 4) }, diff.Unchanged.Select(p => (p.Stored, p.Revised)).ToArray());
        Assert.IsTrue(diff.Unchanged.Skip(1).All(p => p.Renumbered));
        Assert.IsFalse(diff.Unchanged[0].Renumbered);
    }

    [TestMethod]
    public void A_task_dropped_is_removed_and_a_reworded_one_is_changed_with_the_fields_that_differ()
    {
        TaskVersion[] revised =
        [
            Stored[0],
            Stored[2] with { Ref = "2", Title = "Xây dựng đề án nâng cao năng lực tư vấn, phản biện xã hội của Liên hiệp Hội", DeadlineText = "Quý I năm 2023" },
            Stored[3] with { Ref = "3", Lead = ["Sở Khoa học và Công nghệ"] },
        ];

        var diff = PlanDiff.Compare(Stored, revised);

        CollectionAssert.AreEqual(new[] { 1 }, diff.Removed.ToArray());
        Assert.IsEmpty(diff.Added);
        Assert.HasCount(2, diff.Changed);
        CollectionAssert.AreEqual(new[] { TaskField.Title, TaskField.Deadline }, diff.Changed[0].Fields.ToArray());
        Assert.AreEqual((2, 1), (diff.Changed[0].Stored, diff.Changed[0].Revised));
        CollectionAssert.AreEqual(new[] { TaskField.Lead }, diff.Changed[1].Fields.ToArray());
    }

    [TestMethod]
    public void A_task_with_a_new_title_under_a_new_number_is_one_removed_and_one_added()
    {
        TaskVersion[] revised = [.. Stored.Take(3), Task("4", "Biên soạn sổ tay hướng dẫn công tác thi đua, khen thưởng")];

        var diff = PlanDiff.Compare(Stored, revised);

        CollectionAssert.AreEqual(new[] { 3 }, diff.Added.ToArray());
        CollectionAssert.AreEqual(new[] { 3 }, diff.Removed.ToArray());
    }

    [TestMethod]
    [DataRow(TaskField.Cooperating)]
    [DataRow(TaskField.Reporting)]
    [DataRow(TaskField.Deadline)]
    public void Each_field_is_told_apart(string field)
    {
        var before = Stored[0];
        var after = field switch
        {
            TaskField.Cooperating => before with { Cooperating = ["Sở Tài chính"] },
            TaskField.Reporting => before with { ReportTo = "Sở Nội vụ" },
            _ => before with { Schedules = [Schedule.DueOn(new DateOnly(2023, 6, 30))] },
        };

        CollectionAssert.AreEqual(new[] { field }, PlanDiff.Differences(before, after).ToArray());
    }

    [TestMethod]
    public void Names_in_another_order_or_spacing_are_the_same() =>
        Assert.IsEmpty(PlanDiff.Differences(Stored[0], Stored[0] with { Cooperating = ["Sở Nội vụ", "Sở  Tài chính"], Title = Stored[0].Title + " " }));

    private static TaskVersion Task(string number, string title) =>
        new(number, title, ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"], ["Sở Tài chính", "Sở Nội vụ"], "UBND tỉnh", "Quý IV năm 2022",
            [Schedule.DueOn(new DateOnly(2022, 12, 31))]);
}
