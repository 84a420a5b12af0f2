using BenchmarkDotNet.Attributes;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// One day's scan and a 30-day catch-up over a deployment's tasks: two thirds one-off deadlines spread over three
/// years, one third yearly, quarterly or monthly, among 40 agencies.
/// Run: <c>dotnet run -c Release --project Benchmarks -- --filter '*PlannerBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly DateOnly Today = new(2022, 3, 24);
    private readonly ReminderPlanner _planner = new(ReminderPolicy.Default, WorkingCalendar.Default);
    private TrackedTask[] _tasks = [];

    [Params(1_000, 10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _tasks = [.. Enumerable.Range(0, Tasks).Select(i => new TrackedTask(
            $"t{i}",
            $"plan-{i % 25}",
            $"{i % 9}.{(char)('a' + (i % 7))}",
            $"Nhiệm vụ số {i}",
            "Kế hoạch",
            [$"Cơ quan {i % 40}"],
            "UBND tỉnh",
            [Schedule(i, random)],
            Created: new DateOnly(2021, 6, 1)))];
    }

    [Benchmark]
    public int OneDay() => _planner.Plan(_tasks, Today).Sum(d => d.Items.Count);

    [Benchmark]
    public int CatchUpAfter30Days() => _planner.Plan(_tasks, Today, Today.AddDays(-30)).Sum(d => d.Items.Count);

    private static Schedule Schedule(int i, Random random) => (i % 3) switch
    {
        0 or 1 => Core.Deadlines.Schedule.DueOn(new DateOnly(2021, 1, 1).AddDays(random.Next(3 * 365))),
        _ => Core.Deadlines.Schedule.Repeating(new Recurrence(1, (RecurrenceUnit)(i % 9 / 3))),
    };
}
