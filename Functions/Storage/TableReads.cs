using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>Point reads and filtered queries that map rows to records.</summary>
internal static class TableReads
{
    public static async Task<T?> GetAsync<TRow, T>(TableClient table, string partitionKey, string rowKey, Func<TRow, T> map, CancellationToken cancellationToken)
        where TRow : TableRow, new()
        where T : class
    {
        if (!TableKeys.IsValid(partitionKey) || !TableKeys.IsValid(rowKey))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<TRow>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? map(found.Value!) : null;
    }

    /// <summary>Rows matching <paramref name="filter"/> (built with TableClient.CreateQueryFilter), at most <paramref name="max"/>.</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<TRow, T>(TableClient table, string filter, Func<TRow, T> map, CancellationToken cancellationToken, int max = int.MaxValue)
        where TRow : TableRow, new()
    {
        var list = new List<T>();
        await foreach (var row in table.QueryAsync<TRow>(filter, cancellationToken: cancellationToken))
        {
            list.Add(map(row));
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }
}
