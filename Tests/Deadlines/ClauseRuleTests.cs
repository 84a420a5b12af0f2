using System.Globalization;
using System.Text;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// The rules issue 14 decided for running text, one row each, with exactly the schedules a clause sets (written as
/// <see cref="ClauseExpectation.Describe(Schedule)"/> writes them, <c> | </c> between, empty for none), and the span
/// each schedule was read from.
/// </summary>
[TestClass]
public sealed class ClauseRuleTests
{
    private static readonly DateOnly Issued = new(2022, 1, 10);

    [TestMethod]
    [DataRow("Giao Sở Xây dựng kiểm tra, báo cáo UBND tỉnh trước ngày 30/4/2022", "due 2022-04-30")]
    [DataRow("hoàn thành trong tháng 9/2023", "due 2023-09-30")]
    [DataRow("chậm nhất ngày 10/8", "due 2022-08-10")]
    [DataRow("trình UBND tỉnh trong Quý III/2022", "due 2022-09-30")]
    [DataRow("đến hết ngày 31/12/2024", "due 2024-12-31")]
    [DataRow("tổ chức vào tháng 12/2022", "due 2022-12-31")]
    [DataRow("Căn cứ Quyết định số 123/QĐ-UBND ngày 05/3/2021 của UBND tỉnh", "")]
    [DataRow("Theo phản ánh của Đài Truyền hình tỉnh ngày 12/4/2022 về khai thác cát trái phép", "")]
    [DataRow("Thực hiện kết luận tại cuộc họp ngày 12/3/2023 của Thường trực UBND tỉnh, giao Sở Tài chính hoàn thành trong tháng 9/2023", "due 2023-09-30")]
    [DataRow("Báo cáo kết quả năm 2022 gửi trước ngày 15/01/2023", "due 2023-01-15")]
    [DataRow("Quy chế này áp dụng kể từ ngày 01/01/2025", "")]
    [DataRow("số liệu tính đến hết ngày 30/9/2024", "")]
    [DataRow("gia hạn đến ngày 15/9/2024 (thời hạn cũ 31/7/2024)", "due 2024-09-15")]
    [DataRow("nộp dự thảo trước ngày 10/5, hoàn chỉnh trước ngày 30/5/2024", "due 2024-05-10 | due 2024-05-30")]
    [DataRow("Quý III/2022 (dự thảo), Quý IV/2022 (ban hành)", "due 2022-09-30 | due 2022-12-31")]
    [DataRow("báo cáo định kỳ hằng tháng trước ngày 18; hằng quý trước ngày 18 của tháng cuối quý; hằng năm trước ngày 15/12", "every 1 month d18 | every 1 quarter d18 last | every 1 year 12-15")]
    [DataRow("tổ chức kiểm tra từ ngày 05/8 đến hết ngày 20/8/2024", "range 2024-08-05 2024-08-20")]
    [DataRow("báo cáo 6 tháng gửi trước ngày 10/6", "every 1 year 06-10")]
    public void A_clause_sets_these_schedules_and_no_others(string text, string expected)
    {
        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.AreEqual(expected, string.Join(" | ", result.Schedules.Select(ClauseExpectation.Describe).Order(StringComparer.Ordinal)));
    }

    [TestMethod]
    [DataRow("hoàn thành vào đầu tháng 9/2023", "2023-09-10")]
    [DataRow("giữa tháng 9/2023", "2023-09-20")]
    [DataRow("cuối tháng 9/2023", "2023-09-30")]
    public void Early_mid_and_late_in_a_month_are_days_10_20_and_the_last_with_a_warning(string text, string due)
    {
        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.AreEqual(Schedule.DueOn(DateOnly.Parse(due, CultureInfo.InvariantCulture)), result.Schedules.Single());
        Assert.IsTrue(result.Warnings.Any(w => w.Contains("ngày", StringComparison.Ordinal) && w.Contains("check the day", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow("15 ngày sau khi kết thúc đợt kiểm tra")]
    [DataRow("ngay sau khi Đề án được phê duyệt")]
    public void A_deadline_counted_from_an_event_without_a_date_keeps_the_event_as_the_note(string text)
    {
        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.IsEmpty(result.Schedules);
        Assert.AreEqual(text, result.Note);
    }

    [TestMethod]
    public void Each_schedule_carries_the_span_of_text_it_was_read_from()
    {
        const string text = "Theo Công văn số 6202/UBND-KT ngày 23/11/2023, giao Sở Tài chính chủ trì, nộp dự thảo trước ngày 10/12/2023, báo cáo UBND tỉnh chậm nhất ngày 30/12/2023.";

        var result = DeadlineParser.Default.Parse(text, new DateOnly(2023, 11, 23));

        CollectionAssert.AreEqual(
            new[] { "trước ngày 10/12/2023", "chậm nhất ngày 30/12/2023" },
            result.Schedules.Select(s => s.Span!.Value.Of(result.Text)).ToArray());
    }

    [TestMethod]
    public void A_span_points_into_the_NFC_text_even_when_the_input_was_NFD_or_had_a_note()
    {
        var text = "Hoàn thành trước ngày 30/6/2022 (Ngay sau khi Đề án được phê duyệt), báo cáo UBND tỉnh".Normalize(NormalizationForm.FormD);

        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.AreEqual("trước ngày 30/6/2022", result.Schedules.Single().Span!.Value.Of(result.Text));
    }

    [TestMethod]
    public void A_quarterly_rule_span_covers_the_repetition_and_its_day()
    {
        var result = DeadlineParser.Default.Parse("Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý", Issued);

        var schedule = result.Schedules.Single();
        Assert.AreEqual(MonthOfPeriod.Last, schedule.Recurrence!.MonthOfPeriod);
        Assert.AreEqual("trước ngày 05 tháng cuối cùng của mỗi quý", schedule.Span!.Value.Of(result.Text));
    }
}
