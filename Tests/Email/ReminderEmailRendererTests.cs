using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using static DeadlineBot.Tests.Email.Digests;

namespace DeadlineBot.Tests.Email;

[TestClass]
public sealed class ReminderEmailRendererTests
{
    private static readonly ReminderEmailRenderer Renderer = new();

    [TestMethod]
    [DataRow(ReminderKind.Before, 7, "31/03/2022 – còn 7 ngày")]
    [DataRow(ReminderKind.Due, 0, "– đến hạn hôm nay")]
    [DataRow(ReminderKind.Overdue, 84, "– quá hạn 84 ngày")]
    public void Each_item_says_its_status_in_Vietnamese_in_both_bodies(ReminderKind kind, int days, string status)
    {
        var email = Renderer.Render(Of(Item(kind, days)), Link);

        StringAssert.Contains(email.Text, status);
        StringAssert.Contains(email.Html, status.Split("– ")[1]);
    }

    [TestMethod]
    public void An_overdue_item_says_quá_hạn_N_ngày_once_and_names_its_plan_by_number_and_title()
    {
        var item = Item(ReminderKind.Overdue, 84) with { PlanNumber = "167/KH-UBND", PlanTitle = "Kế hoạch thực hiện Kết luận 52" };

        var email = Renderer.Render(Of(item), Link);

        Assert.AreEqual(1, email.Text.Split("quá hạn 84 ngày").Length - 1, email.Text);
        StringAssert.Contains(email.Text, "Kế hoạch: 167/KH-UBND – Kế hoạch thực hiện Kết luận 52");
        StringAssert.Contains(email.Html, "167/KH-UBND – Kế hoạch thực hiện Kết luận 52");
    }

    [TestMethod]
    public void An_occurrence_of_a_recurring_task_is_named_by_its_period_and_due_date()
    {
        var item = Item(ReminderKind.Before, 3) with { Due = new DateOnly(2026, 12, 5), Occurrence = "2026", OccurrenceLabel = "năm 2026" };

        var email = Renderer.Render(Of(item), Link);

        StringAssert.Contains(email.Text, "Kỳ thực hiện: năm 2026 – hạn 05/12/2026 – còn 3 ngày");
        StringAssert.Contains(email.Html, "năm 2026 – hạn 05/12/2026");
    }

    [TestMethod]
    public void The_subject_counts_overdue_due_and_upcoming_tasks()
    {
        var digest = Of(
            Item(ReminderKind.Overdue, 84), Item(ReminderKind.Overdue, 7), Item(ReminderKind.Due, 0),
            Item(ReminderKind.Before, 7), Item(ReminderKind.Before, 14), Item(ReminderKind.Before, 30));

        Assert.AreEqual(
            "[Nhắc việc] Sở Nội vụ: 2 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn hôm nay, 3 nhiệm vụ sắp đến hạn (24/03/2022)",
            Renderer.Render(digest, Link).Subject);
        Assert.AreEqual(
            "[Nhắc việc] Sở Nội vụ: 1 nhiệm vụ sắp đến hạn (24/03/2022)",
            Renderer.Render(Of(Item(ReminderKind.Before, 3)), Link).Subject);
    }

    [TestMethod]
    public void A_title_with_a_script_tag_appears_escaped_in_the_html()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Before, 7, "<script>alert('x')</script> & \"Đề án\"")), Link);

        Assert.DoesNotContain("<script>", email.Html);
        StringAssert.Contains(email.Html, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Đề án&quot;");
        StringAssert.Contains(email.Text, "<script>alert('x')</script> & \"Đề án\"");
    }

    [TestMethod]
    public void An_agency_name_with_markup_is_escaped_too()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Due, 0)) with { Agency = "Sở <b>X</b>" }, Link);

        StringAssert.Contains(email.Html, "Kính gửi: Sở &lt;b&gt;X&lt;/b&gt;");
        Assert.DoesNotContain("<b>X", email.Html);
    }

    [TestMethod]
    public void Deadlines_read_dd_MM_yyyy_and_Vietnamese_stays_readable()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Before, 27, due: "2022-04-20")), Link);

        StringAssert.Contains(email.Text, "Thời hạn: 20/04/2022");
        StringAssert.Contains(email.Html, "Thời hạn: 20/04/2022");
        StringAssert.Contains(email.Html, "Kính gửi: Sở Nội vụ");
        StringAssert.Contains(email.Text, "Kế hoạch: Kế hoạch 167/KH-UBND");
    }

    [TestMethod]
    public void Each_item_links_to_its_own_report_done_page()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Before, 7), Item(ReminderKind.Overdue, 14)), Link);

        StringAssert.Contains(email.Text, "Báo cáo hoàn thành: https://deadlinebot.example/api/done/task-Before-7?exp=20220601&sig=ab+c");
        StringAssert.Contains(email.Html, "href=\"https://deadlinebot.example/api/done/task-Overdue-14?exp=20220601&amp;sig=ab&#x2B;c\"");
    }

    [TestMethod]
    public void An_escalated_item_says_who_was_copied()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Overdue, 21, escalated: true), Item(ReminderKind.Overdue, 7)), Link);

        StringAssert.Contains(email.Text, "⚠ Đã sao gửi UBND tỉnh và lãnh đạo theo dõi.");
        StringAssert.Contains(email.Html, "⚠ Đã sao gửi UBND tỉnh và lãnh đạo theo dõi.");
        Assert.AreEqual(1, email.Text.Split("⚠").Length - 1);
    }

    [TestMethod]
    public void A_title_broken_over_lines_reads_as_one_line_in_the_text()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Before, 7, "Xây dựng đội ngũ\r\ntrí thức")), Link);

        StringAssert.Contains(email.Text, "[II.3.c] Xây dựng đội ngũ trí thức");
    }

    [TestMethod]
    public void Bidi_controls_and_zero_width_characters_in_stored_titles_never_reach_the_email()
    {
        var email = Renderer.Render(Of(Item(ReminderKind.Before, 7, title: "Báo cáo \u202Efdp.exe\u200B")), Link);

        foreach (var body in new[] { email.Html, email.Text, email.Subject })
        {
            Assert.IsFalse(body.Contains('\u202E', StringComparison.Ordinal) || body.Contains('\u200B', StringComparison.Ordinal), body);
            Assert.IsFalse(body.Contains("&#x202E;", StringComparison.OrdinalIgnoreCase) || body.Contains("&#8238;", StringComparison.Ordinal), body);
        }

        StringAssert.Contains(email.Html, "Báo cáo fdp.exe");
    }
}
