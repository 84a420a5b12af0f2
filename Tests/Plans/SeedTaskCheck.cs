using System.Globalization;
using System.Text.Json;
using DeadlineBot.Core.Plans;
using DeadlineBot.Tests.Deadlines;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// One check of <c>seed-tasks.json</c>: a task whose title holds the given words, whose lead holds one of the given
/// names, and whose schedules include one of the given class (<c>deadline</c> = due or range) with the given fields.
/// </summary>
public sealed record SeedTaskCheck(
    string Sample, string Title, IReadOnlyList<string> Lead, string Class, DateOnly? Start, DateOnly? Due,
    int? Every, string? Unit, int? Month, int? Day)
{
    private static readonly Lazy<JsonDocument> Seed = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", "Seed", "seed-tasks.json"))));

    public static JsonElement Plan(string sample) => Seed.Value.RootElement.GetProperty("plans").GetProperty(sample);

    public static IEnumerable<SeedTaskCheck> All() =>
        Seed.Value.RootElement.GetProperty("plans").EnumerateObject().SelectMany(plan =>
            plan.Value.GetProperty("checks").EnumerateArray().Select(c => Read(plan.Name, c)));

    public PlanTask? FindIn(PlanImport import) =>
        import.Tasks.FirstOrDefault(t => t.Title.Contains(Title, StringComparison.OrdinalIgnoreCase));

    public bool LeadMatches(PlanTask task) =>
        Lead.Any(name => task.Lead.Any(l => l.Contains(name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the task's deadline meets the check, judged as the deadline fixture judges a row.</summary>
    public bool ScheduleMatches(PlanTask task) =>
        new DeadlineExpectation(Title, DateOnly.MinValue, task.DeadlineText ?? string.Empty, Class, Start, Due, Every, Unit, Month, Day, false)
            .IsMetBy(task.Deadline);

    public override string ToString() => $"{Sample[..3]}: {Title}";

    private static SeedTaskCheck Read(string sample, JsonElement c)
    {
        string? Text(string name) => c.TryGetProperty(name, out var v) ? v.GetString() : null;
        DateOnly? Date(string name) => Text(name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        int? Number(string name) => Text(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        return new SeedTaskCheck(
            sample, Text("title")!, c.GetProperty("lead").EnumerateArray().Select(l => l.GetString()!).ToList(), Text("class")!,
            Date("start"), Date("due"), Number("every"), Text("unit"), Number("month"), Number("day"));
    }
}
