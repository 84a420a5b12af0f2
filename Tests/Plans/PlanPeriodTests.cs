using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>A yearly task inside a plan for a span of years ends with the plan's last year; one outside such a plan does not end.</summary>
[TestClass]
public sealed class PlanPeriodTests
{
    private const string Plan = """
        Số: 7/KH-UBND
        Quảng Ngãi, ngày 02 tháng 3 năm 2021
        KẾ HOẠCH
        Phát triển đội ngũ trí thức giai đoạn 2021 – 2025
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Tôn vinh trí thức tiêu biểu
        - Cơ quan thực hiện: Liên hiệp các Hội KH&KT tỉnh chủ trì.
        - Thời gian thực hiện: Hằng năm.
        2. Tổng kết kế hoạch
        - Cơ quan thực hiện: Sở Nội vụ chủ trì.
        - Thời gian thực hiện: Quý IV năm 2025.
        """;

    [TestMethod]
    public void A_yearly_task_in_a_plan_for_2021_2025_ends_with_2025()
    {
        var task = PlanText.Import(Plan).Task("II.1");

        Assert.AreEqual(new DateOnly(2025, 12, 31), task.Deadline.Schedules.Single().Recurrence!.Until);
    }

    [TestMethod]
    public void A_yearly_task_in_a_plan_without_a_span_of_years_does_not_end()
    {
        var task = PlanText.Import(Plan.Replace(" giai đoạn 2021 – 2025", string.Empty, StringComparison.Ordinal)).Task("II.1");

        Assert.IsNull(task.Deadline.Schedules.Single().Recurrence!.Until);
    }

    [TestMethod]
    public void A_one_off_task_keeps_its_deadline() =>
        Assert.AreEqual(Schedule.DueOn(new DateOnly(2025, 12, 31)), PlanText.Import(Plan).Task("II.2").Deadline.Schedules.Single());
}
