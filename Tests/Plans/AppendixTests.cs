using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>The appendix table is read by its header words, linked to the body tasks it repeats, and compared with them.</summary>
[TestClass]
public sealed class AppendixTests
{
    private const string Sample = "000_fae38e40f0f29f03.txt";

    [TestMethod]
    [DataRow(SampleFiles.Text)]
    [DataRow(SampleFiles.Word)]
    [DataRow(SampleFiles.Pdf)]
    public void Sample_000_reports_the_deadlines_its_appendix_rows_3_and_4_contradict(string format)
    {
        var import = SampleFiles.Import(Sample, format);

        var conflicts = import.Conflicts.Select(c => $"{c.Ref} {c.Field}: {c.BodyValue} / {c.AppendixValue}").ToList();

        CollectionAssert.AreEquivalent(
            new[] { "II.3.a Thời hạn: trong quý II/2022 / Quý I năm 2022", "II.3.b Thời hạn: Trong quý II/2022 / Quý I năm 2022" },
            conflicts);
    }

    [TestMethod]
    public void A_conflict_keeps_the_body_value_and_does_not_overwrite_it()
    {
        var task = SampleFiles.Import(Sample, SampleFiles.Text).Task("II.3.a");

        Assert.AreEqual("trong quý II/2022", task.DeadlineText);
        Assert.AreEqual(new DateOnly(2022, 6, 30), task.Deadline.Schedules.Single().Due);
    }

    [TestMethod]
    public void Appendix_rows_that_repeat_body_tasks_add_no_tasks_of_their_own()
    {
        var import = SampleFiles.Import(Sample, SampleFiles.Text);

        Assert.IsFalse(import.Tasks.Any(t => t.Source.Part == "appendix"), string.Join(", ", import.Tasks.Select(t => t.Ref)));
    }

    [TestMethod]
    public void Four_leads_in_the_body_list_match_the_four_abbreviated_leads_of_the_appendix()
    {
        var task = SampleFiles.Import(Sample, SampleFiles.Text).Task("II.2.b");

        CollectionAssert.AreEqual(
            new[] { "Sở Thông tin và Truyền thông", "Sở Nông nghiệp và Phát triển Nông thôn", "Sở Xây dựng", "Sở Giao thông Vận tải" },
            task.Lead.ToArray());
    }

    [TestMethod]
    public void A_row_with_another_lead_is_a_conflict_and_a_row_without_a_body_task_becomes_a_task()
    {
        const string plan = """
            Số: 12/KH-UBND
            Hà Giang, ngày 10 tháng 3 năm 2022
            II. NHIỆM VỤ
            1. Xây dựng cơ sở dữ liệu chuyên gia của tỉnh
            - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.
            - Thời gian thực hiện: Quý IV năm 2022.

            Phụ lục
            STT	Nội dung công việc	Cơ quan chủ trì	Cơ quan phối hợp	Thời gian hoàn thành
            1	Xây dựng cơ sở dữ liệu chuyên gia	Sở KH&CN	Sở Tài chính	Quý IV năm 2022
            2	Tổ chức hội thảo khoa học cấp tỉnh	Sở GD&ĐT		Tháng 9/2022
            """;

        var import = PlanText.Import(plan);

        var conflict = import.Conflicts.Single();
        Assert.AreEqual(("II.1", "Cơ quan chủ trì", "Sở Nội vụ", "Sở Khoa học và Công nghệ"), (conflict.Ref, conflict.Field, conflict.BodyValue, conflict.AppendixValue));
        var extra = import.Task("PL.2");
        Assert.AreEqual(("appendix", "Sở Giáo dục và Đào tạo", new DateOnly(2022, 9, 30)), (extra.Source.Part, extra.Lead.Single(), extra.Deadline.Schedules.Single().Due));
        Assert.IsTrue(extra.Warnings.Contains(PlanMessages.AppendixOnly(2)));
    }
}
