using Azure;
using Azure.Data.Tables;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Hostile;

/// <summary>
/// Everything the app has stored: each row of its tables by key with its version, and how many messages each of its
/// queues holds. Two snapshots differ by the rows added, removed or rewritten.
/// </summary>
public sealed class StoredRows
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    /// <summary>Every table the app has (created here first, so that one it creates later is not missed).</summary>
    private static readonly string[] Tables =
        [StorageTables.Plans, StorageTables.Tasks, StorageTables.Agencies, StorageTables.Reports, StorageTables.ReminderLog, StorageTables.ScanState, StorageTables.Failures];

    private readonly Dictionary<string, string> _rows;

    private StoredRows(Dictionary<string, string> rows) => _rows = rows;

    public static async Task<StoredRows> TakeAsync(TestStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var tables = await Task.WhenAll(Tables.Select(name => storage.Tables.GetAsync(name, cancellationToken)));
        var reads = tables.Select(table => RowsAsync(table, cancellationToken))
            .Append(MessagesAsync(storage, storage.Queues.Name, cancellationToken))
            .Append(MessagesAsync(storage, storage.Queues.PoisonName, cancellationToken));
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in await Task.WhenAll(reads))
        {
            foreach (var (key, version) in part)
            {
                rows[key] = version;
            }
        }

        return new StoredRows(rows);
    }

    /// <summary>How many rows (or queue counts) differ between this snapshot and <paramref name="later"/>.</summary>
    public int Changes(StoredRows later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var changed = _rows.Count(r => !later._rows.TryGetValue(r.Key, out var version) || version != r.Value);
        return changed + later._rows.Keys.Count(k => !_rows.ContainsKey(k));
    }

    private static async Task<List<(string, string)>> RowsAsync(TableClient table, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: Keys, cancellationToken: cancellationToken))
        {
            rows.Add(($"{table.Name}/{row.PartitionKey}/{row.RowKey}", row.ETag.ToString()));
        }

        return rows;
    }

    private static async Task<List<(string, string)>> MessagesAsync(TestStorage storage, string queue, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await storage.QueueService.GetQueueClient(queue).GetPropertiesAsync(cancellationToken);
            return [("queue/" + queue, properties.Value.ApproximateMessagesCount.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A queue not made yet holds nothing: the health check creating it (storage readiness) changes no data.
            return [("queue/" + queue, "0")];
        }
    }
}
