using System.Globalization;

namespace DeadlineBot.Tests.Plans;

/// <summary>Every check of the shared <c>seed-tasks.json</c> holds for each sample as text, as Word and as PDF from each producer.</summary>
[TestClass]
public sealed class SeedTaskTests
{
    private static readonly string[] Formats = [SampleFiles.Text, SampleFiles.Word, SampleFiles.Pdf, SampleFiles.LibreOfficePdf];

    public static IEnumerable<object[]> Checks =>
        SeedTaskCheck.All().SelectMany(c => Formats.Select(f => new object[] { c, f }));

    public static IEnumerable<object[]> Plans =>
        SampleFiles.Names.Where(n => n != "002_13ade7dd27d1dbae.txt").SelectMany(n => Formats.Select(f => new object[] { n, f }));

    [TestMethod]
    [DynamicData(nameof(Checks))]
    public void Each_seed_task_is_found_with_its_lead_and_deadline(SeedTaskCheck check, string format)
    {
        var import = SampleFiles.Import(check.Sample, format);

        var task = check.FindIn(import);

        Assert.IsNotNull(task, $"no task titled \"{check.Title}\" among: {string.Join(" | ", import.Tasks.Select(t => t.Title))}");
        Assert.IsTrue(check.LeadMatches(task), $"{task.Ref} lead: {string.Join("; ", task.Lead)}");
        Assert.IsTrue(check.ScheduleMatches(task), $"{task.Ref} \"{task.DeadlineText}\": {Describe(task)}");
    }

    [TestMethod]
    [DynamicData(nameof(Plans))]
    public void Each_sample_has_the_expected_number_of_tasks_and_header(string sample, string format)
    {
        var import = SampleFiles.Import(sample, format);
        var expected = SeedTaskCheck.Plan(sample);
        var bounds = expected.GetProperty("tasks").EnumerateArray().Select(b => b.GetInt32()).ToArray();
        var plan = expected.GetProperty("plan");

        Assert.IsTrue(import.Tasks.Count >= bounds[0] && import.Tasks.Count <= bounds[1], $"{import.Tasks.Count} tasks: {string.Join(", ", import.Tasks.Select(t => t.Ref))}");
        if (plan.TryGetProperty("number", out var number))
        {
            Assert.AreEqual(number.GetString(), import.Plan.Number);
        }

        if (plan.TryGetProperty("date", out var date))
        {
            Assert.AreEqual(DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), import.Plan.Date);
        }

        if (plan.TryGetProperty("place", out var place))
        {
            Assert.AreEqual(place.GetString(), import.Plan.Place);
        }
    }

    private static string Describe(Core.Plans.PlanTask task) =>
        string.Join("; ", task.Deadline.Schedules.Select(s =>
            $"{s.Kind} start={s.Start} due={s.Due} every={s.Recurrence?.Every} {s.Recurrence?.Unit} m={s.Recurrence?.Month} d={s.Recurrence?.Day}"));
}
