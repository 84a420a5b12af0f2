using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// One daily scan over 10,000 and 100,000 stored tasks in Azurite (read every open task, plan the day, claim each
/// reminder in the reminder log, queue one message per agency), beside a bare read of the same task entities.
/// Each scan stands for the next working day (from 2/3/2022), so every iteration claims new reminders (about 90 a
/// day per 10,000 tasks, to some 40 agencies). The data stays in Azurite between runs (prefix bench10000, bench100000); the reminder log and
/// queue are emptied first. Needs DEADLINEBOT_STORAGE (scripts/services.sh prints it). Run:
/// <c>DEADLINEBOT_STORAGE=... dotnet run -c Release --project Benchmarks -- --filter '*ScanBenchmarks*'</c>, or
/// <c>scripts/bench-scan.sh</c> for the time and peak working set of one scan beside one read, process by process
/// (<see cref="ScanPeak"/>; 300,000 tasks: <c>scripts/bench-scan.sh 300000</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScanConfig))]
public class ScanBenchmarks : IDisposable
{
    private const int TasksPerPlan = 100;
    private static readonly string[] Leads = [.. Enumerable.Range(1, 40).Select(i => $"Sở Ban ngành số {i}")];
    private static readonly DateOnly FirstDue = new(2022, 1, 1);

    private WebApplication? _app;
    private ReminderScanService? _scan;
    private TableClient? _tasks;
    private DateOnly _day = new(2022, 3, 1);

    [Params(10_000, 100_000)]
    public int Tasks { get; set; }

    /// <summary>
    /// Finished tasks beside the open ones (DEADLINEBOT_BENCH_HISTORY, default none): plans of 100 one-off tasks all
    /// reported done, closed as the scan closes them, with ids before the open plans' (hist00001) as plan ids sort by
    /// the time plans were confirmed (<see cref="StoredPlan.NewId"/>) and finished plans are the older ones.
    /// </summary>
    public int History { get; set; } = int.TryParse(Environment.GetEnvironmentVariable("DEADLINEBOT_BENCH_HISTORY"), out var history) ? history : 0;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var storage = Environment.GetEnvironmentVariable("DEADLINEBOT_STORAGE")
            ?? throw new InvalidOperationException("Set DEADLINEBOT_STORAGE to an Azurite connection string (scripts/services.sh start test prints one).");
        var prefix = "bench" + Tasks + (History > 0 ? "h" + History : string.Empty);
        var tables = new TableServiceClient(storage);
        foreach (var name in new[] { StorageTables.ReminderLog, StorageTables.ScanState, StorageTables.Failures })
        {
            await tables.DeleteTableAsync(prefix + name);
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DeadlineBot:Storage:ConnectionString"] = storage,
            ["DeadlineBot:Storage:TablePrefix"] = prefix,
            ["DeadlineBot:Storage:ReminderQueue"] = "bench-" + prefix,
            ["DeadlineBot:Reminders:SelfHosted"] = "false",
            ["DeadlineBot:Smtp:Host"] = "127.0.0.1",
            ["DeadlineBot:Smtp:FromAddress"] = "bench@localhost",
        });
        builder.AddDeadlineBotCore();
        builder.AddStorage();
        builder.AddEmail();
        builder.AddReminderPipeline();
        _app = builder.Build();
        _scan = _app.Services.GetRequiredService<ReminderScanService>();
        var storageTables = _app.Services.GetRequiredService<StorageTables>();
        _tasks = await storageTables.GetAsync(StorageTables.Tasks, CancellationToken.None);
        await (await _app.Services.GetRequiredService<ReminderQueues>().GetMainAsync(CancellationToken.None)).ClearMessagesAsync();
        await SeedAsync(_app.Services, CancellationToken.None);
    }

    [Benchmark(Baseline = true)]
    public Task<int> BareRead() => CountAsync(filter: null);

    /// <summary>The floor of a scan that skips finished plans: a bare read of the open task entities alone.</summary>
    public Task<int> BareReadOpen() => CountAsync(TableClient.CreateQueryFilter($"Open eq {true}"));

    /// <summary>
    /// Sets the finished plans' states before a scan: closed (skipped, as the scan leaves them), or opened now (read like
    /// every plan, and kept open by the grace: the scan as it was before plan states).
    /// </summary>
    public async Task SetFinishedPlansClosedAsync(bool closed)
    {
        var states = _app!.Services.GetRequiredService<PlanStates>();
        var plans = await _app.Services.GetRequiredService<StorageTables>().GetAsync(StorageTables.Plans, CancellationToken.None);
        foreach (var planId in FinishedPlanIds())
        {
            if (closed)
            {
                // Closed at once, without the grace the scan waits for: these plans' tasks were all done when seeded.
                await plans.UpsertEntityAsync(new PlanStateEntity { RowKey = planId, Closed = true }, TableUpdateMode.Replace);
            }
            else
            {
                await states.MarkOpenAsync(planId, CancellationToken.None);
            }
        }
    }

    [Benchmark]
    public async Task<int> Scan()
    {
        // Working days only: on a weekend or holiday no reminder goes out (they move to the working day before).
        _day = WorkingCalendar.Default.AddWorkingDays(_day, 1);
        var result = await _scan!.ScanAsync(_day, CancellationToken.None);
        return result.Queued.Count;
    }

    public void Dispose()
    {
        (_app as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var stored = 0;
        await foreach (var page in _tasks!.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            stored += page.Values.Count;
        }

        if (stored >= Tasks + History)
        {
            return;
        }

        var plans = services.GetRequiredService<PlanRepository>();
        var tasks = services.GetRequiredService<TaskRepository>();
        var random = new Random(Tasks);
        for (var p = 0; p < Tasks / TasksPerPlan; p++)
        {
            var planId = $"plan{p:D5}";
            await plans.AddAsync(new StoredPlan(planId, $"{p}/KH-UBND", "UBND tỉnh", null, FirstDue, $"Kế hoạch số {p}", null, DateTimeOffset.UnixEpoch), cancellationToken);
            await tasks.AddManyAsync(Enumerable.Range(0, TasksPerPlan).Select(t => NewTask(planId, t, random)), cancellationToken);
        }

        var finished = FinishedPlanIds().ToList();
        foreach (var (planId, p) in finished.Select((id, p) => (id, p)))
        {
            await plans.AddAsync(new StoredPlan(planId, $"{p}/KH-UBND", "UBND tỉnh", null, FirstDue, $"Kế hoạch đã xong số {p}", null, DateTimeOffset.UnixEpoch), cancellationToken);
            await tasks.AddManyAsync(Enumerable.Range(0, TasksPerPlan).Select(t => NewTask(planId, t, random) with { Schedules = [Schedule.DueOn(FirstDue.AddDays(t))], DoneOn = FirstDue.AddDays(t) }), cancellationToken);
        }

        var states = services.GetRequiredService<PlanStates>();
        await states.CloseAsync(finished, await states.ReadAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Reads every task entity (all columns) matching <paramref name="filter"/>, or every one, and counts them.</summary>
    private async Task<int> CountAsync(string? filter)
    {
        var count = 0;
        await foreach (var entity in _tasks!.QueryAsync<TableEntity>(filter))
        {
            count += entity.Count > 0 ? 1 : 0;
        }

        return count;
    }

    private IEnumerable<string> FinishedPlanIds() => Enumerable.Range(0, History / TasksPerPlan).Select(p => $"hist{p:D5}");

    /// <summary>Due dates spread over 2022–2026; one task in ten yearly; one or two lead agencies of forty.</summary>
    private static StoredTask NewTask(string planId, int index, Random random)
    {
        Schedule schedule = index % 10 == 0
            ? Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, random.Next(1, 13), random.Next(1, 29)), FirstDue)
            : Schedule.DueOn(FirstDue.AddDays(random.Next(0, 1826)));
        string[] lead = index % 7 == 0 ? [Leads[random.Next(Leads.Length)], Leads[random.Next(Leads.Length)]] : [Leads[random.Next(Leads.Length)]];
        return new StoredTask(
            planId, $"t{index:D3}", $"II.{index / 10}.{index % 10}", $"Nhiệm vụ {index} của {planId}: tổ chức thực hiện, báo cáo kết quả",
            lead.Distinct().ToList(), ["Sở Tài chính"], "UBND tỉnh", "Trước ngày …", [schedule], Created: FirstDue);
    }

    private sealed class ScanConfig : ManualConfig
    {
        public ScanConfig() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
