using System.Globalization;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// Real phrasings whose whole reading matters, not only that one schedule fits: nothing extra is read from the
/// period a report covers, from the period before <c>và hằng năm</c>, around <c>trước tháng …</c>, or from the date
/// of a cited document.
/// </summary>
[TestClass]
public sealed class RealPhrasingTests
{
    [TestMethod]
    public void The_period_a_report_covers_is_not_a_deadline_when_a_day_to_send_it_follows()
    {
        var result = DeadlineParser.Default.Parse("Báo cáo 6 tháng đầu năm gửi trước ngày 10/07/2015", new DateOnly(2015, 3, 6));

        Assert.AreEqual(Schedule.DueOn(new DateOnly(2015, 7, 10)), result.Schedules.Single());
    }

    [TestMethod]
    public void A_period_alone_after_bao_cao_is_still_the_deadline()
    {
        var result = DeadlineParser.Default.Parse("Báo cáo UBND tỉnh trong Quý IV năm 2022", new DateOnly(2021, 11, 29));

        Assert.AreEqual(Schedule.DueOn(new DateOnly(2022, 12, 31)), result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("Tháng 12/2023 và hằng năm", 2023, 12, 1, 12, 31)]
    [DataRow("Quý IV năm 2022, hằng năm", 2022, 10, 1, 12, 31)]
    public void A_period_then_va_hang_nam_starts_a_yearly_repetition_on_its_last_day(string text, int year, int month, int day, int dueMonth, int dueDay)
    {
        var result = DeadlineParser.Default.Parse(text, new DateOnly(2021, 11, 29));

        Assert.AreEqual(
            Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, dueMonth, dueDay), new DateOnly(year, month, day)),
            result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("phải hoàn thành trước tháng 10/2024", "2024-09-30")]
    [DataRow("Hoàn thành trước Quý III/2022", "2022-06-30")]
    [DataRow("hoàn thành trước năm 2025", "2024-12-31")]
    public void Before_a_month_quarter_or_year_is_due_the_day_before_it_begins(string text, string due)
    {
        var result = DeadlineParser.Default.Parse(text, new DateOnly(2021, 11, 29));

        Assert.AreEqual(Schedule.DueOn(DateOnly.Parse(due, CultureInfo.InvariantCulture)), result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("Quyết định này có hiệu lực kể từ ngày ký.")]
    [DataRow("Kế hoạch này có hiệu lực thi hành kể từ ngày ký ban hành./.")]
    public void In_force_from_the_signing_day_starts_on_the_issue_date(string text)
    {
        var issued = new DateOnly(2017, 7, 21);

        var result = DeadlineParser.Default.Parse(text, issued);

        Assert.AreEqual(Schedule.Ongoing(issued), result.Schedules.Single());
        Assert.IsEmpty(result.Warnings);
    }

    [TestMethod]
    public void Three_months_at_the_end_of_the_year_is_the_fourth_quarter()
    {
        var result = DeadlineParser.Default.Parse("triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024", new DateOnly(2024, 9, 25));

        Assert.AreEqual(Schedule.DueOn(new DateOnly(2024, 12, 31)), result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("Năm học 2023-2024", "2023-09-01", "2024-05-31")]
    [DataRow("hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025 - 2026", "2025-09-01", "2026-05-31")]
    public void A_school_year_runs_from_September_to_the_end_of_May(string text, string start, string end)
    {
        var result = DeadlineParser.Default.Parse(text, new DateOnly(2023, 8, 1));

        Assert.AreEqual(
            Schedule.Between(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)),
            result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019, thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh")]
    [DataRow("Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019 và thay thế Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023")]
    [DataRow("Theo Công văn số 6202/UBND-KT, ngày 23/11/2023, Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019")]
    public void The_date_of_a_cited_document_is_not_a_deadline(string text)
    {
        var result = DeadlineParser.Default.Parse(text, new DateOnly(2019, 10, 22));

        Assert.AreEqual(Schedule.Ongoing(new DateOnly(2019, 11, 5)), result.Schedules.Single());
    }

    [TestMethod]
    public void Lan_thu_Tu_is_an_ordinal_not_a_start()
    {
        var result = DeadlineParser.Default.Parse(
            "Hạn chót nộp bài thi Cuộc thi chính luận lần thứ Tư năm 2024 là ngày 15/07/2024.", new DateOnly(2024, 1, 22));

        Assert.IsFalse(result.Schedules.Any(s => s.Kind == ScheduleKind.Ongoing));
        CollectionAssert.Contains(result.Schedules.ToArray(), Schedule.DueOn(new DateOnly(2024, 7, 15)));
    }

    [TestMethod]
    public void A_press_style_day_and_month_with_a_dash_is_the_next_such_day()
    {
        var result = DeadlineParser.Default.Parse("khánh thành đồng loạt các công trình vào ngày 19-12", new DateOnly(2025, 10, 26));

        Assert.AreEqual(Schedule.DueOn(new DateOnly(2025, 12, 19)), result.Schedules.Single());
    }

    [TestMethod]
    public void A_span_of_days_with_a_dash_each_month_is_not_a_date()
    {
        var result = DeadlineParser.Default.Parse("Cập nhật kết quả từ ngày 1-5 hằng tháng", new DateOnly(2025, 10, 26));

        Assert.IsFalse(result.Schedules.Any(s => s.Due is not null));
    }

    [TestMethod]
    public void Two_press_style_dates_from_tu_ngay_to_den_het_are_a_span()
    {
        var result = DeadlineParser.Default.Parse("nộp hồ sơ tại trường đó, từ ngày 14-3 đến hết 14-4.", new DateOnly(2011, 3, 1));

        Assert.AreEqual(Schedule.Between(new DateOnly(2011, 3, 14), new DateOnly(2011, 4, 14)), result.Schedules.Single());
    }

    [TestMethod]
    public void Days_after_an_event_without_a_date_are_no_deadline()
    {
        var result = DeadlineParser.Default.Parse("Chậm nhất 7 ngày sau buổi thi cuối cùng của kỳ thi, thí sinh phải nộp hồ sơ", new DateOnly(2020, 1, 1));

        Assert.IsEmpty(result.Schedules);
        Assert.IsNotEmpty(result.Warnings);
    }

    [TestMethod]
    public void The_year_an_evaluation_covers_is_not_a_deadline_when_a_day_to_send_it_follows()
    {
        var result = DeadlineParser.Default.Parse(
            "Đánh giá tình hình thực hiện kế hoạch KH&CN năm 2016 (báo cáo gửi về Bộ trước ngày 15/5/2017);", new DateOnly(2017, 1, 19));

        Assert.AreEqual(Schedule.DueOn(new DateOnly(2017, 5, 15)), result.Schedules.Single());
    }

    [TestMethod]
    public void Several_days_of_one_written_month_are_each_a_date()
    {
        var result = DeadlineParser.Default.Parse("được tổ chức vào các ngày 26, 27, 28, 29/6/2024.", new DateOnly(2024, 3, 22));

        CollectionAssert.AreEqual(
            new[] { 26, 27, 28, 29 }.Select(d => Schedule.DueOn(new DateOnly(2024, 6, d))).ToArray(),
            result.Schedules.ToArray());
    }
}
