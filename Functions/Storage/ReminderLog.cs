using System.Collections.Concurrent;
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
    /// <summary>Claim batches written at once.</summary>
    private const int Parallelism = 8;

    /// <summary>A claim row's payload, generously: keys, ids and the time.</summary>
    private const int ClaimBytes = 2048;

    /// <summary>The key the log keeps for an agency's reminder: the planner's item key, per agency.</summary>
    public static string LogKey(string agency, ReminderItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Agency.Normalize(agency) + "|" + item.Key;
    }

    /// <summary>Claims the reminder for <paramref name="digestId"/>; false when it was claimed before (by any scan).</summary>
    public async Task<bool> TryClaimAsync(string agency, ReminderItem item, string digestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await TableWrites.AddAsync(await TableAsync(cancellationToken), Entry(new(agency, item, digestId), now), cancellationToken);
        return result.Saved;
    }

    /// <summary>
    /// Claims many reminders at once, in transactions of up to 100 per log partition (<see cref="TableBatches"/>). A batch
    /// with any reminder claimed before adds nothing, and its reminders are then claimed one by one as
    /// <see cref="ClaimForAsync"/> does. Returns the claims won (digest id, item key).
    /// </summary>
    public async Task<IReadOnlySet<(string DigestId, string ItemKey)>> ClaimManyAsync(IReadOnlyList<ReminderClaim> claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var table = await TableAsync(cancellationToken);
        var entries = claims.ToDictionary<ReminderClaim, ReminderLogEntry, ReminderClaim>(c => Entry(c, now), c => c, ReferenceEqualityComparer.Instance);
        var won = new ConcurrentDictionary<(string, string), bool>();
        await Parallel.ForEachAsync(
            TableBatches.Of(entries.Keys, _ => ClaimBytes),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                // A batch of one is a plain insert: no transaction to wait for, so these run side by side.
                var added = batch.Count > 1 && await TableWrites.AddBatchAsync(table, batch, ct) is not null;
                foreach (var entry in batch)
                {
                    var claim = entries[entry];
                    if (added || await ClaimForAsync(claim.Agency, claim.Item, claim.DigestId, now, ct))
                    {
                        won[(claim.DigestId, claim.Item.Key)] = true;
                    }
                }
            });

        return won.Keys.ToHashSet();
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

    /// <summary>
    /// Adds many digests, in transactions (<see cref="TableBatches"/>); a batch holding a digest recorded before adds
    /// nothing and its digests are added one by one. Returns each digest's result, in order.
    /// </summary>
    public async Task<IReadOnlyList<WriteResult>> AddDigestsAsync(IReadOnlyList<DigestRecord> digests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digests);
        var table = await TableAsync(cancellationToken);
        var entities = digests.Select(DigestEntity.From).ToList();
        var index = entities.Select((e, i) => (e, i)).ToDictionary<(DigestEntity E, int I), DigestEntity, int>(p => p.E, p => p.I, ReferenceEqualityComparer.Instance);
        var results = new WriteResult[entities.Count];
        foreach (var batch in TableBatches.Of(entities, e => ((e.Items?.Length ?? 0) * 4 / 3) + ClaimBytes))
        {
            var added = await TableWrites.AddBatchAsync(table, batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                results[index[batch[i]]] = added?[i] ?? await TableWrites.AddAsync(table, batch[i], cancellationToken);
            }
        }

        return results;
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

    private static ReminderLogEntry Entry(ReminderClaim claim, DateTimeOffset now)
    {
        var key = LogKey(claim.Agency, claim.Item);
        var (partition, row) = ReminderLogEntry.KeysFor(key);
        return new ReminderLogEntry
        {
            PartitionKey = partition,
            RowKey = row,
            Key = key,
            DigestId = claim.DigestId,
            TaskId = claim.Item.TaskId,
            PlanId = claim.Item.PlanId,
            Claimed = now,
        };
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.ReminderLog, cancellationToken);
}
