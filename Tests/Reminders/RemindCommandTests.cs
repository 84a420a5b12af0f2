using DeadlineBot.Cli;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Reminders;

[TestClass]
public sealed class RemindCommandTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2022, 3, 24, 1, 0, 0, TimeSpan.Zero));

    [TestMethod]
    [DataRow("24/03/2022")]
    [DataRow("2022-02-30")]
    [DataRow("hôm nay")]
    public void A_day_that_is_not_YYYY_MM_DD_is_refused_with_exit_code_2(string at)
    {
        var (exit, output, error) = Run(new FileInfo("Fixtures/Samples/001_241023ceb20e6f40.txt"), at);

        Assert.AreEqual(2, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, $"--at \"{at}\" is not a date: write it as YYYY-MM-DD");
    }

    [TestMethod]
    public void Without_a_plan_it_says_plan_is_required()
    {
        var (exit, _, error) = Run(null, "2022-03-24");

        Assert.AreEqual(2, exit);
        StringAssert.Contains(error, "--plan is required");
    }

    [TestMethod]
    public void A_plan_file_that_does_not_exist_gives_exit_code_1_and_names_it()
    {
        var (exit, output, error) = Run(new FileInfo("Fixtures/Samples/no-such-plan.txt"), "2022-03-24");

        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, "Cannot read the plan no-such-plan.txt");
    }

    [TestMethod]
    [DataRow("2026-11-30", "")]
    [DataRow("2026-12-02", "\"occurrence\": \"2026\"")]
    public void The_plan_counts_as_confirmed_on_the_day_given_so_earlier_years_are_not_reminded(string at, string expected)
    {
        var (exit, output, error) = Run(new FileInfo("Fixtures/Samples/004_ba5b8fd20c499393.txt"), at, json: true);

        Assert.AreEqual(0, exit, error);
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            Assert.DoesNotContain($"\"occurrence\": \"{year}\"", output);
        }

        StringAssert.Contains(output, expected);
    }

    private static (int Exit, string Output, string Error) Run(FileInfo? plan, string? at, bool json = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = RemindCommand.Run(plan, at, json, output, error, Time);
        return (exit, output.ToString(), error.ToString());
    }
}
