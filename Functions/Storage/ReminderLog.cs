using Azure.Data.Tables;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// What reminders were claimed, queued and sent. Items are claimed one by one with an insert that fails when
/// the same (agency, reminder key) was claimed before, which is what makes two scans, or two instances, send
/// nothing twice. Digests record what one email carries and whether it went out; a digest is recorded (as
/// <see cref="DigestStatus.Claimed"/>) before its items are claimed, so no claim is ever without its digest.
/// </summary>
public sealed class ReminderLog(StorageTables tables)
{
    /// <summary>The key the log keeps for an agency's reminder: the planner's item key, per agency.</summary>
    public static string LogKey(string agency, ReminderItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Agency.Normalize(agency) + "|" + item.Key;
    }

    /// <summary>Claims the reminder for <paramref name="digestId"/>; false when it was claimed before (by any scan).</summary>
    public async Task<bool> TryClaimAsync(string agency, ReminderItem item, string digestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = LogKey(agency, item);
        var (partition, row) = ReminderLogEntry.KeysFor(key);
        var entry = new ReminderLogEntry
        {
            PartitionKey = partition,
            RowKey = row,
            Key = key,
            DigestId = digestId,
            TaskId = item.TaskId,
            PlanId = item.PlanId,
            Claimed = now,
        };
        var result = await TableWrites.AddAsync(await TableAsync(cancellationToken), entry, cancellationToken);
        return result.Saved;
    }

    /// <summary>
    /// Claims the reminder for <paramref name="digestId"/>, or finds it already claimed for that digest (an earlier,
    /// interrupted run of the same digest). False when another digest holds it.
    /// </summary>
    public async Task<bool> ClaimForAsync(string agency, ReminderItem item, string digestId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await TryClaimAsync(agency, item, digestId, now, cancellationToken)
        || string.Equals(await FindClaimAsync(agency, item, cancellationToken), digestId, StringComparison.Ordinal);

    /// <summary>The digest that claimed this reminder, or null when nobody has.</summary>
    public async Task<string?> FindClaimAsync(string agency, ReminderItem item, CancellationToken cancellationToken)
    {
        var (partition, row) = ReminderLogEntry.KeysFor(LogKey(agency, item));
        return await TableReads.GetAsync(await TableAsync(cancellationToken), partition, row, (ReminderLogEntry e) => e.DigestId, cancellationToken);
    }

    public async Task<WriteResult> AddDigestAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return await TableWrites.AddAsync(await TableAsync(cancellationToken), DigestEntity.From(digest), cancellationToken);
    }

    public async Task<DigestRecord?> GetDigestAsync(string digestId, CancellationToken cancellationToken) =>
        await TableReads.GetAsync(await TableAsync(cancellationToken), DigestEntity.Partition, digestId, (DigestEntity e) => e.ToDigest(), cancellationToken);

    public async Task<WriteResult> UpdateDigestAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return await TableWrites.ReplaceAsync(await TableAsync(cancellationToken), DigestEntity.From(digest), digest.ETag, cancellationToken);
    }

    /// <summary>The digests of one day (their ids start with the day).</summary>
    public Task<IReadOnlyList<DigestRecord>> ListDigestsAsync(DateOnly day, CancellationToken cancellationToken) =>
        ListDigestsAsync(DayRange(day, day), cancellationToken);

    /// <summary>Digests of the days <paramref name="from"/> to <paramref name="through"/> whose status is one of <paramref name="statuses"/>.</summary>
    public Task<IReadOnlyList<DigestRecord>> ListInStatusAsync(DateOnly from, DateOnly through, IReadOnlyList<DigestStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var any = string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}")));
        return ListDigestsAsync($"{DayRange(from, through)} and ({any})", cancellationToken);
    }

    /// <summary>Removes a digest that won none of its items, from the version read.</summary>
    public async Task<WriteResult> DeleteDigestAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return await TableWrites.DeleteAsync(await TableAsync(cancellationToken), DigestEntity.Partition, digest.Id, digest.ETag, cancellationToken);
    }

    public async Task AddFailureAsync(SendFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var table = await tables.GetAsync(StorageTables.Failures, cancellationToken);
        await table.UpsertEntityAsync(SendFailureEntity.From(failure), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Digests that could not be sent, newest first.</summary>
    public async Task<IReadOnlyList<SendFailure>> ListFailuresAsync(int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StorageTables.Failures, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SendFailureEntity.Partition}");
        return await TableReads.ListAsync(table, filter, (SendFailureEntity e) => e.ToFailure(), cancellationToken, max);
    }

    /// <summary>
    /// The digests that carried reminders of one task, newest day first: for the task's page (a filtered scan of the
    /// item rows, not for the scan's hot path).
    /// </summary>
    public async Task<IReadOnlyList<DigestRecord>> DigestsOfTaskAsync(string planId, string taskId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PlanId eq {planId} and TaskId eq {taskId}");
        await foreach (var entry in table.QueryAsync<ReminderLogEntry>(filter, select: ["DigestId"], cancellationToken: cancellationToken))
        {
            ids.Add(entry.DigestId);
        }

        var digests = new List<DigestRecord>();
        foreach (var id in ids)
        {
            if (await GetDigestAsync(id, cancellationToken) is { } digest)
            {
                digests.Add(digest);
            }
        }

        return [.. digests.OrderByDescending(d => d.Date).ThenByDescending(d => d.Sent)];
    }

    private static string DayRange(DateOnly from, DateOnly through)
    {
        var (start, end) = (DigestIds.DayPrefix(from), DigestIds.DayPrefix(through.AddDays(1)));
        return TableClient.CreateQueryFilter($"PartitionKey eq {DigestEntity.Partition} and RowKey ge {start} and RowKey lt {end}");
    }

    private async Task<IReadOnlyList<DigestRecord>> ListDigestsAsync(string filter, CancellationToken cancellationToken) =>
        await TableReads.ListAsync(await TableAsync(cancellationToken), filter, (DigestEntity e) => e.ToDigest(), cancellationToken);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.ReminderLog, cancellationToken);
}
