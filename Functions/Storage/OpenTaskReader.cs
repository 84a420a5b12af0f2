using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Streams every open task to a callback for the daily scan, without holding them: only the columns the planner needs
/// (<see cref="TaskEntity.ScanColumns"/>), closed tasks filtered out by the service (<c>Open eq false</c> rows never
/// travel), and the plans' partitions read as up to <see cref="Ranges"/> contiguous PartitionKey ranges at once. The
/// ranges cover every key (the first has no lower bound, the last no upper one), so a task whose plan is missing is read
/// too. The callback is called from several ranges at once.
/// </summary>
public sealed class OpenTaskReader(StorageTables tables)
{
    /// <summary>Ranges read at once: enough to overlap the service's work with parsing here, few enough for two cores.</summary>
    public const int Ranges = 8;

    /// <summary>Calls <paramref name="onTask"/> for each open task, with its plan when <paramref name="plans"/> has it; returns how many.</summary>
    public async Task<int> ReadAsync(IReadOnlyDictionary<string, StoredPlan> plans, Action<StoredTask, StoredPlan?> onTask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(onTask);
        var table = await tables.GetAsync(StorageTables.Tasks, cancellationToken);
        var cache = new StoredJsonCache();
        var count = 0;
        await Parallel.ForEachAsync(
            Filters(plans.Keys),
            new ParallelOptions { MaxDegreeOfParallelism = Ranges, CancellationToken = cancellationToken },
            async (filter, ct) =>
            {
                await foreach (var entity in table.QueryAsync<TaskEntity>(filter, select: TaskEntity.ScanColumns, cancellationToken: ct))
                {
                    onTask(entity.ToTask(cache), plans.GetValueOrDefault(entity.PartitionKey));
                    Interlocked.Increment(ref count);
                }
            });
        return count;
    }

    /// <summary>One filter per range of plan partitions: open tasks with PartitionKey in [bound i, bound i+1).</summary>
    internal static IReadOnlyList<string> Filters(IEnumerable<string> planIds)
    {
        var sorted = planIds.Order(StringComparer.Ordinal).ToArray();
        var size = Math.Max(1, (sorted.Length + Ranges - 1) / Ranges);
        var bounds = sorted.Chunk(size).Skip(1).Select(chunk => chunk[0]).ToList();
        var filters = new List<string>(bounds.Count + 1);
        for (var i = 0; i <= bounds.Count; i++)
        {
            var open = TableClient.CreateQueryFilter($"Open eq {true}");
            var from = i > 0 ? TableClient.CreateQueryFilter($" and PartitionKey ge {bounds[i - 1]}") : string.Empty;
            var to = i < bounds.Count ? TableClient.CreateQueryFilter($" and PartitionKey lt {bounds[i]}") : string.Empty;
            filters.Add(open + from + to);
        }

        return filters;
    }
}
