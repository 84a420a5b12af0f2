using System.Net;
using Azure;
using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Writes that turn the storage service's concurrency answers (404, 409, 412) into a <see cref="WriteResult"/>
/// instead of an exception. Every update and delete is conditional on the ETag the caller read.
/// </summary>
public static class TableWrites
{
    /// <summary>
    /// One transaction at a time per process. Azure takes concurrent ones, but Azurite keeps a single rollback list for
    /// all of them: a second transaction begun while one runs fails, and its rollback removes the first one's rows
    /// although that one answers success. Tests, the benchmarks and local runs use Azurite, so the process never overlaps them.
    /// </summary>
    private static readonly SemaphoreSlim OneTransaction = new(1, 1);

    public static Task<WriteResult> AddAsync(TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        return RunAsync(() => table.AddEntityAsync(entity, cancellationToken));
    }

    public static Task<WriteResult> ReplaceAsync(TableClient table, ITableEntity entity, ETag ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        return RunAsync(() => table.UpdateEntityAsync(entity, RequireETag(ifMatch), TableUpdateMode.Replace, cancellationToken));
    }

    public static Task<WriteResult> DeleteAsync(TableClient table, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        return RunAsync(() => table.DeleteEntityAsync(partitionKey, rowKey, RequireETag(ifMatch), cancellationToken));
    }

    /// <summary>
    /// Adds <paramref name="batch"/> (one partition, see <see cref="TableBatches"/>) in one transaction: all or nothing.
    /// Returns each entity's result in order, or null when an entity already existed, in which case none was added.
    /// </summary>
    public static async Task<IReadOnlyList<WriteResult>?> AddBatchAsync<T>(TableClient table, IReadOnlyList<T> batch, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(batch);
        await OneTransaction.WaitAsync(cancellationToken);
        try
        {
            var response = await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
            return [.. response.Value.Select(WriteResult.Of)];
        }
        catch (TableTransactionFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
        finally
        {
            OneTransaction.Release();
        }
    }

    /// <summary>An update without a real ETag would overwrite someone else's change: refuse it.</summary>
    private static ETag RequireETag(ETag ifMatch) =>
        ifMatch == default || ifMatch == ETag.All
            ? throw new ArgumentException("Updates need the ETag read with the entity.", nameof(ifMatch))
            : ifMatch;

    private static async Task<WriteResult> RunAsync(Func<Task<Response>> write)
    {
        try
        {
            // DeleteEntity answers a missing entity with 404 instead of throwing.
            var response = await write();
            return response.Status == (int)HttpStatusCode.NotFound ? WriteResult.Failed(WriteOutcome.NotFound) : WriteResult.Of(response);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return WriteResult.Failed(WriteOutcome.NotFound);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
        {
            return WriteResult.Failed(WriteOutcome.Exists);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            return WriteResult.Failed(WriteOutcome.Stale);
        }
    }
}
