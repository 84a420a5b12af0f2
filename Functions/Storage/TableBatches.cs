using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Splits writes into entity-group transactions as Azure accepts them: one partition per batch, at most
/// <see cref="MaxActions"/> actions, each row at most once, and a payload well under the 4 MiB limit. (Azurite is
/// looser: it takes batches that span partitions, so the tests hold this rule, not the emulator.)
/// </summary>
public static class TableBatches
{
    public const int MaxActions = 100;

    /// <summary>Leaves room under Azure's 4 MiB for the multipart framing and for binary properties sent as base64.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>
    /// The batches for <paramref name="entities"/>, in the order given within each partition; a repeated row starts a
    /// new batch. <paramref name="size"/> estimates an entity's payload in bytes.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IEnumerable<T> entities, Func<T, int> size)
        where T : ITableEntity
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(size);
        var batches = new List<IReadOnlyList<T>>();
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<T>();
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var bytes = 0;
            foreach (var entity in partition)
            {
                var entityBytes = size(entity);
                if (batch.Count == MaxActions || rows.Contains(entity.RowKey) || (batch.Count > 0 && bytes + entityBytes > MaxBytes))
                {
                    batches.Add(batch);
                    (batch, rows, bytes) = ([], new HashSet<string>(StringComparer.Ordinal), 0);
                }

                batch.Add(entity);
                rows.Add(entity.RowKey);
                bytes += entityBytes;
            }

            batches.Add(batch);
        }

        return batches;
    }
}
