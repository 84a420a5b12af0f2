using System.Text.Json;
using DeadlineBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Reminders;

/// <summary><c>deadlinebot remind</c> on sample 001 (167/KH-UBND, issued 29/11/2021) through the real importer.</summary>
[TestClass]
public sealed class RemindSampleTests
{
    private static readonly FileInfo Sample001 = new("Fixtures/Samples/001_241023ceb20e6f40.txt");

    [TestMethod]
    public void On_24_March_2022_the_leads_of_tasks_due_31_March_have_7_days_and_Noi_vu_is_84_days_overdue()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = RemindCommand.Run(Sample001, "2022-03-24", json: true, output, error, new FakeTimeProvider());

        Assert.AreEqual(0, exit, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        Assert.AreEqual("2022-03-24", json.RootElement.GetProperty("date").GetString());
        var items = json.RootElement.GetProperty("digests").EnumerateArray()
            .SelectMany(d => d.GetProperty("items").EnumerateArray().Select(i => (Agency: d.GetProperty("agency").GetString()!, Item: i)))
            .ToList();
        var dueOn31March = items.Where(x => x.Item.GetProperty("due").GetString() == "2022-03-31").ToList();
        Assert.IsTrue(dueOn31March.Select(x => x.Agency).Contains("Sở Tài chính"));
        Assert.IsTrue(dueOn31March.Select(x => x.Agency).Contains("Sở Nội vụ"));
        Assert.IsTrue(dueOn31March.All(x => x.Item.GetProperty("kind").GetString() == "before" && x.Item.GetProperty("days").GetInt32() == 7));
        var overdue = items.Single(x => x.Item.GetProperty("due").GetString() == "2021-12-30");
        Assert.AreEqual("Sở Nội vụ", overdue.Agency);
        Assert.AreEqual(("overdue", 84, true), (overdue.Item.GetProperty("kind").GetString(), overdue.Item.GetProperty("days").GetInt32(), overdue.Item.GetProperty("escalated").GetBoolean()));
    }

    [TestMethod]
    public void Without_json_it_prints_a_table_per_agency()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.AreEqual(0, RemindCommand.Run(Sample001, "2022-03-24", json: false, output, error, new FakeTimeProvider()));

        StringAssert.Contains(output.ToString(), "Reminders on 2022-03-24");
        StringAssert.Contains(output.ToString(), "II.3.b     2021-12-30  84 day(s) overdue, escalated");
    }
}
