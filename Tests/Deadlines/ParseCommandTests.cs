using System.Text.Json;
using DeadlineBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Deadlines;

/// <summary><c>deadlinebot parse</c>, run in-process through its entry with readers and writers.</summary>
[TestClass]
public sealed class ParseCommandTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2021, 12, 31, 18, 0, 0, TimeSpan.Zero));

    [TestMethod]
    public void A_text_prints_its_schedules_and_exits_zero()
    {
        var (exit, output, _) = Run("Từ quý III năm 2021 đến hết quý II năm 2025.", "2021-05-31");

        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "- range 2021-07-01 to 2025-06-30");
        StringAssert.Contains(output, "Issued:  2021-05-31");
    }

    [TestMethod]
    public void A_text_it_cannot_read_prints_the_warning_and_exits_one()
    {
        var (exit, output, _) = Run("Theo yêu cầu", "2021-05-31");

        Assert.AreEqual(1, exit);
        StringAssert.Contains(output, "Không đọc được thời hạn");
    }

    [TestMethod]
    public void An_issue_date_not_written_as_yyyy_mm_dd_is_refused()
    {
        var (exit, output, error) = Run("Quý IV năm 2022", "31/05/2021");

        Assert.AreEqual(2, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, "YYYY-MM-DD");
    }

    [TestMethod]
    public void Without_an_issue_date_today_in_Vietnam_is_used()
    {
        // 18:00 UTC on 31/12/2021 is already 01/01/2022 in Asia/Ho_Chi_Minh, so "tháng 11" is November 2022.
        var (_, output, _) = Run("trong tháng 11", null);

        StringAssert.Contains(output, "Issued:  2022-01-01");
        StringAssert.Contains(output, "- due 2022-11-30");
    }

    [TestMethod]
    public void A_batch_writes_one_object_per_line_in_order_and_goes_on_after_a_bad_line()
    {
        var input = string.Join('\n',
            """{"text": "Quý IV năm 2022.", "issued": "2021-05-31"}""",
            "not json",
            """{"text": "Định kỳ trước ngày 05 tháng 12 h ng năm"}""",
            """{"text": "Giai đoạn 2021 – 2025", "issued": "2021-13-01"}""",
            """{"text": "Trước ngày 30/12/2022 (Ngay sau khi Đề án được phê duyệt)", "issued": "2021-11-29"}""");

        var (exit, output, _) = Run(null, null, batch: true, input);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.AreEqual(1, exit);
        Assert.HasCount(5, lines);
        Assert.AreEqual("2022-12-31", lines[0].GetProperty("schedules")[0].GetProperty("due").GetString());
        Assert.AreEqual("due", lines[0].GetProperty("schedules")[0].GetProperty("kind").GetString());
        Assert.AreEqual(2, lines[1].GetProperty("line").GetInt32());
        var recurrence = lines[2].GetProperty("schedules")[0].GetProperty("recurrence");
        Assert.AreEqual("year", recurrence.GetProperty("unit").GetString());
        Assert.AreEqual(12, recurrence.GetProperty("month").GetInt32());
        Assert.AreEqual(5, recurrence.GetProperty("day").GetInt32());
        Assert.AreEqual(JsonValueKind.Null, recurrence.GetProperty("until").ValueKind);
        Assert.AreEqual(4, lines[3].GetProperty("line").GetInt32());
        StringAssert.Contains(lines[3].GetProperty("error").GetString(), "YYYY-MM-DD");
        Assert.AreEqual("Ngay sau khi Đề án được phê duyệt", lines[4].GetProperty("note").GetString());
    }

    [TestMethod]
    public void A_batch_clause_gives_what_it_sets_with_the_span_and_the_month_of_the_quarter()
    {
        var input = string.Join('\n',
            """{"text": "Căn cứ Công văn số 6202/UBND-KT ngày 23/11/2023, giao Sở Tài chính báo cáo UBND tỉnh trước ngày 10/12/2023.", "issued": "2023-11-23"}""",
            """{"text": "hằng quý trước ngày 18 của tháng cuối quý", "issued": "2023-11-23"}""");

        var (exit, output, _) = Run(null, null, batch: true, input);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.AreEqual(0, exit);
        var due = lines[0].GetProperty("schedules").EnumerateArray().Single();
        Assert.AreEqual("2023-12-10", due.GetProperty("due").GetString());
        Assert.AreEqual("trước ngày 10/12/2023", due.GetProperty("span").GetProperty("text").GetString());
        Assert.AreEqual("last", lines[1].GetProperty("schedules")[0].GetProperty("recurrence").GetProperty("monthOfPeriod").GetString());
    }

    [TestMethod]
    public void The_parse_subcommand_is_registered_with_its_options()
    {
        var parsed = DeadlineBotCommand.Create().Parse(["parse", "Quý IV năm 2022", "--issued", "2021-05-31"]);

        Assert.IsEmpty(parsed.Errors);
        Assert.AreEqual("parse", parsed.CommandResult.Command.Name);
    }

    private (int Exit, string Output, string Error) Run(string? text, string? issued, bool batch = false, string input = "")
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ParseCommand.Run(text, issued, batch, reader, output, error, _time);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
