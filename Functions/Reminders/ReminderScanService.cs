using System.Collections.Concurrent;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The daily scan: reads the open tasks, asks the planner what is due today (catching up after missed days),
/// claims each reminder in the reminder log (an insert that only one scan can win), and queues one message per
/// agency digest. Running it twice, or on two instances at once, sends nothing twice.
/// </summary>
public sealed class ReminderScanService(
    PlanRepository plans,
    TaskRepository tasks,
    ReminderLog log,
    ScanStateRepository scanState,
    ReminderQueues queues,
    ReminderPlanner planner,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IHostEnvironment environment,
    ILogger<ReminderScanService> logger)
{
    private const int Parallelism = 32;

    /// <summary>The day a scan stands for: <paramref name="asOf"/>, else the development AsOfDate, else today in Asia/Ho_Chi_Minh.</summary>
    public DateOnly Today(DateOnly? asOf = null)
    {
        if (asOf is { } given)
        {
            return given;
        }

        if (options.Value.AsOf is { } configured && environment.IsDevelopment())
        {
            return configured;
        }

        return VietnamTime.Today(time);
    }

    public async Task<ScanResult> ScanAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var today = Today(asOf);
        var lastScan = await scanState.GetLastScanAsync(cancellationToken);
        var tracked = await LoadAsync(cancellationToken);
        var digests = planner.Plan(tracked, today, lastScan is { } last && last <= today ? last : null);
        var planned = digests.Sum(d => d.Items.Count);

        var now = time.GetUtcNow();
        var claimed = await ClaimAsync(digests, now, cancellationToken);
        var queued = new List<string>();
        foreach (var digest in claimed)
        {
            if (await QueueAsync(digest, now, cancellationToken))
            {
                queued.Add(digest.Id);
            }
        }

        await scanState.RecordScanAsync(today, now, queued.Count, cancellationToken);
        var result = new ScanResult(today, tracked.Count, planned, planned - claimed.Sum(d => d.Items.Count), queued);
        logger.LogInformation(
            "Scan for {Date}: {Tasks} open tasks, {Planned} reminders planned, {AlreadySent} already sent, {Digests} digests queued",
            today, result.Tasks, result.Planned, result.AlreadySent, queued.Count);
        return result;
    }

    private async Task<List<TrackedTask>> LoadAsync(CancellationToken cancellationToken)
    {
        var byId = (await plans.ListAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var tracked = new List<TrackedTask>();
        await foreach (var task in tasks.ListOpenAsync(cancellationToken))
        {
            tracked.Add(task.ToTracked(byId.GetValueOrDefault(task.PlanId)));
        }

        return tracked;
    }

    /// <summary>Claims every planned item; each digest keeps only the items this scan won.</summary>
    private async Task<List<ReminderDigest>> ClaimAsync(IReadOnlyList<ReminderDigest> digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var won = new ConcurrentDictionary<(string Agency, string Key), bool>();
        var claims = digests.SelectMany(d => d.Items.Select(item => (Digest: d, Item: item)));
        await Parallel.ForEachAsync(
            claims,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (claim, ct) =>
            {
                if (await log.TryClaimAsync(claim.Digest.Agency, claim.Item, claim.Digest.Id, now, ct))
                {
                    won[(claim.Digest.Agency, claim.Item.Key)] = true;
                }
            });

        return [.. digests
            .Select(d => d with { Items = [.. d.Items.Where(i => won.ContainsKey((d.Agency, i.Key)))] })
            .Where(d => d.Items.Count > 0)];
    }

    /// <summary>
    /// Records the digest and queues its message. When the queue cannot be reached the claims are given back,
    /// so the next scan tries again instead of losing the reminders.
    /// </summary>
    private async Task<bool> QueueAsync(ReminderDigest digest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = new DigestRecord(digest.Id, digest.Agency, digest.Date, digest.Items, DigestStatus.Queued, now);
        try
        {
            await log.AddDigestAsync(record, cancellationToken);
            var queue = await queues.GetMainAsync(cancellationToken);
            await queue.SendMessageAsync(new ReminderMessage(digest.Id, digest.Agency, digest.Date).ToJson(), cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogError(e, "Could not queue digest {DigestId} for {Agency}; its {Count} reminders are released for the next scan", digest.Id, digest.Agency, digest.Items.Count);
            foreach (var item in digest.Items)
            {
                await log.ReleaseAsync(digest.Agency, item, CancellationToken.None);
            }

            return false;
        }
    }
}
