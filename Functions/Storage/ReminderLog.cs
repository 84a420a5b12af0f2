using Azure.Data.Tables;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// What reminders were claimed, queued and sent. Items are claimed one by one with an insert that fails when
/// the same (agency, reminder key) was claimed before, which is what makes two scans, or two instances, send
/// nothing twice. Digests record what one email carries and whether it went out.
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

    /// <summary>Gives a claim back (the digest could not be queued), so that the next scan tries again.</summary>
    public async Task ReleaseAsync(string agency, ReminderItem item, CancellationToken cancellationToken)
    {
        var (partition, row) = ReminderLogEntry.KeysFor(LogKey(agency, item));
        var table = await TableAsync(cancellationToken);
        await table.DeleteEntityAsync(partition, row, cancellationToken: cancellationToken);
    }

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
    public async Task<IReadOnlyList<DigestRecord>> ListDigestsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var from = DigestIds.DayPrefix(day);
        var to = DigestIds.DayPrefix(day.AddDays(1));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DigestEntity.Partition} and RowKey ge {from} and RowKey lt {to}");
        return await TableReads.ListAsync(await TableAsync(cancellationToken), filter, (DigestEntity e) => e.ToDigest(), cancellationToken);
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

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.ReminderLog, cancellationToken);
}
