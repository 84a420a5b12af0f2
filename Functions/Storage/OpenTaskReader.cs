using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Streams every open task to a callback for the daily scan, without holding them: only the columns the planner needs
/// (<see cref="TaskEntity.ScanColumns"/>), closed plans' partitions left out of the read (<see cref="PlanStates"/>),
/// closed tasks of open plans filtered out by the service (<c>Open eq false</c> rows never travel), and the rest read as
/// contiguous PartitionKey ranges (<see cref="ScanRanges"/>), up to <see cref="Ranges"/> at once. The callback is
/// called from several ranges at once.
/// </summary>
public sealed class OpenTaskReader(StorageTables tables)
{
    /// <summary>Ranges read at once: enough to overlap the service's work with parsing here, few enough for two cores.</summary>
    public const int Ranges = 8;

    /// <summary>Calls <paramref name="onTask"/> for each open task, with its plan when <paramref name="plans"/> has it; returns how many.</summary>
    public async Task<int> ReadAsync(
        IReadOnlyDictionary<string, StoredPlan> plans, IReadOnlySet<string> closed, Action<StoredTask, StoredPlan?> onTask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(onTask);
        var table = await tables.GetAsync(StorageTables.Tasks, cancellationToken);
        var cache = new StoredJsonCache();
        var count = 0;
        await Parallel.ForEachAsync(
            ScanRanges.Filters(plans.Keys, closed, Ranges),
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
}
