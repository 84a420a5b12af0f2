using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// A task given in running text, with no deadline line, gets the deadline its text sets (warned, for staff to check);
/// the dates its text only mentions give none, and a deadline line or the appendix still wins.
/// </summary>
[TestClass]
public sealed class ProseDeadlineTests
{
    private const string Plan = """
        Số: 12/KH-UBND
        Quảng Ngãi, ngày 15 tháng 3 năm 2022
        KẾ HOẠCH
        Thực hiện Chỉ thị số 05/CT-UBND ngày 10/01/2022 của UBND tỉnh
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        - Nâng cao hiệu quả quản lý.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Rà soát các quy định về phí, lệ phí
        Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, báo cáo UBND tỉnh trước ngày 30/6/2022.
        2. Kiểm tra việc thực hiện Quyết định số 1090/QĐ-UBND ngày 01/6/2021 của UBND tỉnh
        Giao Sở Nội vụ chủ trì tổ chức kiểm tra.
        3. Xây dựng cơ sở dữ liệu cán bộ
        Giao Sở Thông tin và Truyền thông chủ trì, hoàn thành trước ngày 31/12/2022.
        - Thời gian thực hiện: Quý IV năm 2022.
        III. TỔ CHỨC THỰC HIỆN
        Giao Sở Kế hoạch và Đầu tư theo dõi, đôn đốc.
        """;

    private static PlanImport Import => PlanText.Import(Plan);

    [TestMethod]
    public void A_body_item_without_a_deadline_line_gets_the_deadline_its_text_sets()
    {
        var task = Import.Task("II.1");

        Assert.AreEqual(new DateOnly(2022, 6, 30), task.Deadline.Schedules.Single().Due);
        Assert.AreEqual("trước ngày 30/6/2022", task.Deadline.Schedules.Single().Span!.Value.Of(task.Deadline.Text));
        CollectionAssert.Contains(task.Warnings.ToList(), PlanMessages.DeadlineFromText);
        CollectionAssert.DoesNotContain(task.Warnings.ToList(), PlanMessages.NoDeadline);
    }

    [TestMethod]
    public void The_date_of_a_document_a_task_names_is_no_deadline()
    {
        var task = Import.Task("II.2");

        Assert.IsEmpty(task.Deadline.Schedules);
        CollectionAssert.Contains(task.Warnings.ToList(), PlanMessages.NoDeadline);
    }

    [TestMethod]
    public void A_deadline_line_wins_over_the_text()
    {
        var task = Import.Task("II.3");

        Assert.AreEqual("Quý IV năm 2022", task.DeadlineText);
        Assert.AreEqual(new DateOnly(2022, 12, 31), task.Deadline.Schedules.Single().Due);
        CollectionAssert.DoesNotContain(task.Warnings.ToList(), PlanMessages.DeadlineFromText);
    }
}
