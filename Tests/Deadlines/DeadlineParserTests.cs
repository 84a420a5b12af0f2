using System.Text;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>What the parser keeps, warns about and counts, beyond the fixture tables.</summary>
[TestClass]
public sealed class DeadlineParserTests
{
    private static readonly DateOnly Issued = new(2021, 11, 29);

    [TestMethod]
    public void The_text_is_kept_in_NFC_even_when_it_arrives_in_NFD()
    {
        var nfd = "Quý IV năm 2022".Normalize(NormalizationForm.FormD);

        var result = DeadlineParser.Default.Parse(nfd, Issued);

        Assert.AreEqual("Quý IV năm 2022", result.Text);
        Assert.AreEqual(new DateOnly(2022, 12, 31), result.Schedules.Single().Due);
    }

    [TestMethod]
    public void A_condition_in_parentheses_is_kept_as_the_note_and_not_read_as_a_date()
    {
        var result = DeadlineParser.Default.Parse("Trước ngày 30/12/2022 (Ngay sau khi Đề án được phê duyệt trong năm 2023).", Issued);

        Assert.AreEqual("Ngay sau khi Đề án được phê duyệt trong năm 2023", result.Note);
        Assert.AreEqual(Schedule.DueOn(new DateOnly(2022, 12, 30)), result.Schedules.Single());
    }

    [TestMethod]
    public void A_short_repetition_in_parentheses_is_read_as_part_of_the_deadline()
    {
        var result = DeadlineParser.Default.Parse("Tổ chức 02 Hội thi Sáng tạo kỹ thuật cấp tỉnh (2 năm/lần)", Issued);

        Assert.IsNull(result.Note);
        Assert.AreEqual(new Recurrence(2, RecurrenceUnit.Year), result.Schedules.Single().Recurrence);
    }

    [TestMethod]
    public void Sample_001_yearly_meetings_from_18_5_2022_and_the_2023_honouring_are_two_schedules()
    {
        var result = DeadlineParser.Default.Parse(
            "Bắt đầu tổ chức gặp mặt đội ngũ trí thức hàng năm nhân Ngày Khoa học và Công nghệ Việt Nam 18/5/2022 và Tổ chức tôn vinh trí thức tiêu biểu nhân Ngày Khoa học và Công nghệ Việt Nam 18/5/2023",
            Issued);

        CollectionAssert.AreEquivalent(
            new[]
            {
                Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, 5, 18), new DateOnly(2022, 5, 18)),
                Schedule.DueOn(new DateOnly(2023, 5, 18)),
            },
            result.Schedules.ToArray());
    }

    [TestMethod]
    [DataRow("Trước ngày 31/6/2022.", "31/6/2022", "30/06/2022")]
    [DataRow("Trước ngày 29/2/2023", "29/2/2023", "28/02/2023")]
    public void An_impossible_date_is_clamped_to_the_months_last_day_with_a_warning(string text, string written, string used)
    {
        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.AreEqual(DateOnly.ParseExact(used, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), result.Schedules.Single().Due);
        Assert.AreEqual(DeadlineMessages.ImpossibleDate(written, used), result.Warnings.Single());
    }

    [TestMethod]
    public void A_deadline_before_the_documents_date_is_warned()
    {
        var result = DeadlineParser.Default.Parse("Quý I năm 2021", Issued);

        Assert.AreEqual(DeadlineMessages.DueBeforeIssued(new DateOnly(2021, 3, 31), Issued), result.Warnings.Single());
    }

    [TestMethod]
    public void A_month_without_a_year_names_the_next_one_and_says_so_in_the_users_words()
    {
        var result = DeadlineParser.Default.Parse("trong tháng 11", new DateOnly(2021, 12, 1));

        Assert.AreEqual(new DateOnly(2022, 11, 30), result.Schedules.Single().Due);
        Assert.AreEqual(DeadlineMessages.YearAssumed("tháng 11", new DateOnly(2022, 11, 30)), result.Warnings.Single());
    }

    [TestMethod]
    public void Working_days_skip_the_calendars_days_off()
    {
        var tet = Enumerable.Range(0, 5).Select(i => new DateOnly(2022, 2, 1).AddDays(i));
        var parser = new DeadlineParser(new WorkingCalendar(tet));

        // Friday 28/1/2022: Monday 31/1, then Tết (1–5/2) is skipped, then 7, 8, 9 and 10/2.
        var result = parser.Parse("trong 5 ngày làm việc", new DateOnly(2022, 1, 28));

        Assert.AreEqual(new DateOnly(2022, 2, 10), result.Schedules.Single().Due);
    }

    [TestMethod]
    public void A_yearly_repetition_within_a_period_ends_with_the_period()
    {
        var result = DeadlineParser.Default.Parse("Hằng năm, giai đoạn 2021-2025", Issued);

        Assert.AreEqual(
            Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, until: new DateOnly(2025, 12, 31)), new DateOnly(2021, 1, 1)),
            result.Schedules.Single());
    }

    [TestMethod]
    [DataRow("Theo yêu cầu của cơ quan có thẩm quyền")]
    [DataRow("")]
    [DataRow("Trước ngày 32/13/2022")]
    [DataRow("Ngay sau khi Đề án được phê duyệt")]
    public void What_it_cannot_read_gives_no_schedule_and_says_so(string text)
    {
        var result = DeadlineParser.Default.Parse(text, Issued);

        Assert.IsFalse(result.IsUnderstood);
        Assert.AreEqual(DeadlineMessages.NotUnderstood(text), result.Warnings[0]);
    }
}
