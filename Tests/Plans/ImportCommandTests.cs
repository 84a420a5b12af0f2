using System.CommandLine;
using System.Text.Json;
using DeadlineBot.Cli;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary><c>deadlinebot import FILE [--json]</c> prints the tasks for review; a file it cannot read exits non-zero with a message.</summary>
[TestClass]
public sealed class ImportCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void The_review_table_lists_each_task_with_its_lead_and_deadline()
    {
        var (code, output, error) = Run("import", Sample("000_fae38e40f0f29f03.txt"));

        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "168/KH-UBND");
        StringAssert.Contains(output, "II.2.a");
        StringAssert.Contains(output, "hạn 31/12/2022");
        StringAssert.Contains(output, "! II.3.a");
    }

    [TestMethod]
    public void The_review_names_the_bodies_the_directory_does_not_know_and_no_group_phrase()
    {
        var path = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), "new-agency.txt");
        File.WriteAllText(path, "II. NHIỆM VỤ\n\n1. Tổ chức hội thảo khoa học về chuyển đổi số\n\n- Cơ quan chủ trì: Trung tâm Phát triển Quỹ đất tỉnh\n\n"
            + "- Cơ quan phối hợp: Sở Nội vụ, các Sở, ngành liên quan\n\n- Thời gian thực hiện: Quý IV năm 2022.\n");

        var (_, output, error) = Run("import", path);

        StringAssert.Contains(output, PlanMessages.NewAgency("Trung tâm Phát triển Quỹ đất tỉnh", ["II.1"]), error);
        Assert.IsFalse(output.Contains("cơ quan mới (new agency): Sở Nội vụ", StringComparison.Ordinal), output);
        Assert.IsFalse(output.Contains("cơ quan mới (new agency): các", StringComparison.Ordinal), output);
    }

    [TestMethod]
    public void The_JSON_has_the_plan_its_tasks_with_schedules_conflicts_and_warnings()
    {
        var (code, output, error) = Run("import", Sample("004_ba5b8fd20c499393.txt"), "--json");

        Assert.AreEqual(0, code, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.AreEqual(JsonValueKind.Null, root.GetProperty("plan").GetProperty("number").ValueKind);
        var task = root.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("title").GetString()!.Contains("giao dự toán", StringComparison.Ordinal));
        Assert.AreEqual("Sở Tài chính", task.GetProperty("lead")[0].GetString());
        var schedule = task.GetProperty("schedules")[0];
        var recurrence = schedule.GetProperty("recurrence");
        Assert.AreEqual(("recurring", "2021-01-01", "year", 12, 5), (schedule.GetProperty("kind").GetString(), schedule.GetProperty("start").GetString(), recurrence.GetProperty("unit").GetString(), recurrence.GetProperty("month").GetInt32(), recurrence.GetProperty("day").GetInt32()));
        Assert.AreEqual(12, root.GetProperty("plan").GetProperty("reportingRule").GetProperty("month").GetInt32());
        Assert.AreEqual(JsonValueKind.Array, root.GetProperty("conflicts").ValueKind);
        Assert.IsGreaterThan(0, root.GetProperty("warnings").GetArrayLength());
    }

    [TestMethod]
    public void A_file_it_cannot_read_gives_a_message_on_stderr_and_exit_code_1()
    {
        var path = Path.Combine(TestContext.TestRunDirectory ?? Path.GetTempPath(), "empty-plan.docx");
        File.WriteAllBytes(path, []);

        var (code, output, error) = Run("import", path);

        Assert.AreEqual((1, string.Empty), (code, output));
        StringAssert.Contains(error, "empty-plan.docx: tệp rỗng");
    }

    [TestMethod]
    public void An_import_that_looks_incomplete_prints_its_tasks_then_its_problems_on_stderr_and_exits_1()
    {
        var path = Path.Combine(TestContext.TestRunDirectory ?? Path.GetTempPath(), "lost-tasks.txt");
        File.WriteAllText(path, "II. NHIỆM VỤ\n\n1. Kiện toàn tổ chức\n\n- Thời gian thực hiện: Quý IV năm 2022.\n\n- Thời gian thực hiện: Quý I năm 2023.\n\n- Thời gian thực hiện: Quý II năm 2023.\n");

        var (code, output, error) = Run("import", path);

        Assert.AreEqual(1, code);
        StringAssert.Contains(output, "!! CÓ THỂ ĐỌC THIẾU");
        StringAssert.StartsWith(error, "CÓ THỂ ĐỌC THIẾU");
    }

    [TestMethod]
    public void A_missing_file_gives_a_message_and_exit_code_1()
    {
        var (code, _, error) = Run("import", Path.Combine(Path.GetTempPath(), "no-such-plan.txt"));

        Assert.AreEqual(1, code);
        StringAssert.Contains(error, "no-such-plan.txt");
    }

    private static string Sample(string name) => Path.GetFullPath(Path.Combine("Fixtures", "Samples", name));

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DeadlineBotCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
