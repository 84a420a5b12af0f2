using System.Collections.Concurrent;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The daily scan: reads the open tasks, asks the planner what is due today (catching up after missed days),
/// records each agency digest in the reminder log as <see cref="DigestStatus.Claimed"/>, claims its reminders (an
/// insert that only one scan can win) and queues one message per digest (<see cref="DigestDispatcher"/>).
/// Running it twice, or on two instances at once, sends nothing twice: a digest id already recorded is left to the
/// scan that recorded it. Nothing is lost either: every scan first runs <see cref="DigestRecovery"/>, which queues again
/// the digests left unfinished (see docs/delivery.md).
/// </summary>
public sealed class ReminderScanService(
    PlanRepository plans,
    OpenTaskReader openTasks,
    PlanStates planStates,
    ReminderLog log,
    ScanStateRepository scanState,
    DigestDispatcher dispatcher,
    DigestRecovery recovery,
    ReminderPlanner planner,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderScanService> logger)
{
    /// <summary>Scans for <paramref name="asOf"/> (a benchmark's or test's day), else for the app's today (see <see cref="Clock.ClockOptions"/>).</summary>
    public async Task<ScanResult> ScanAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var today = asOf ?? VietnamTime.Today(time);
        var lastScan = await scanState.GetLastScanAsync(cancellationToken);
        var plan = planner.Begin(today, lastScan is { } last && last <= today ? last : null);
        // States before tasks: a plan can be closed below only if it was not reopened after this read (see PlanStates).
        var states = await planStates.ReadAsync(cancellationToken);
        var closed = states.Values.Where(s => s.Closed).Select(s => s.PlanId).ToHashSet(StringComparer.Ordinal);
        var byId = (await plans.ListAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var withOpenTasks = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var tracked = await openTasks.ReadAsync(
            byId,
            closed,
            (task, taskPlan) =>
            {
                withOpenTasks.TryAdd(task.PlanId, true);
                plan.Add(task.ToTracked(taskPlan));
            },
            cancellationToken);
        var finished = await planStates.CloseAsync(byId.Keys.Where(id => !closed.Contains(id) && !withOpenTasks.ContainsKey(id)), states, cancellationToken);
        var digests = plan.Digests();
        var planned = digests.Sum(d => d.Items.Count);

        var now = time.GetUtcNow();
        var recovered = await recovery.RecoverAsync(today, cancellationToken);
        var (queued, held) = await dispatcher.DispatchAsync(await RecordAsync(digests, now, cancellationToken), now, cancellationToken);

        await scanState.RecordScanAsync(today, now, queued.Count + recovered.Count, cancellationToken);
        var result = new ScanResult(today, tracked, planned, planned - held, queued) { Recovered = recovered };
        logger.LogInformation(
            "Scan for {Date}: {Tasks} open tasks, {Planned} reminders planned, {AlreadySent} already sent, {Digests} digests queued; {Skipped} closed plans skipped, {Finished} closed now",
            today, result.Tasks, result.Planned, result.AlreadySent, queued.Count, closed.Count, finished);
        return result;
    }

    /// <summary>
    /// The recovery pass (at start and every few minutes): once today's scan time has passed, today's scan again (it
    /// failed, the app was down at its time, or a task was re-assigned or changed since: claims keep every reminder to
    /// one send, so a repeat only finds what is new), else <see cref="DigestRecovery"/> alone. Returns the digests queued.
    /// </summary>
    public async Task<IReadOnlyList<string>> RepairAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow();
        var due = options.Value.Cron.GetOccurrences(now.AddDays(-1), now, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: true).LastOrDefault();
        var dueToday = due != default && VietnamTime.DateOf(due) == today;
        if (dueToday)
        {
            var scan = await ScanAsync(null, cancellationToken);
            return [.. scan.Queued, .. scan.Recovered];
        }

        return await recovery.RecoverAsync(today, cancellationToken);
    }

    /// <summary>Records each planned digest as Claimed; returns those this scan recorded (another scan owns the rest).</summary>
    private async Task<List<DigestRecord>> RecordAsync(IReadOnlyList<ReminderDigest> digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = digests.Select(d => DigestStates.Recorded(new DigestRecord(d.Id, d.Agency, d.Date, d.Items, DigestStatus.Claimed, now))).ToList();
        var added = await log.AddDigestsAsync(records, cancellationToken);
        return [.. records.Zip(added).Where(r => r.Second.Saved).Select(r => r.First with { ETag = r.Second.ETag }).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }
}
