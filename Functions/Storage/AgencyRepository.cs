using Azure;
using Azure.Data.Tables;
using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Functions.Storage;

/// <summary>The agency directory: add, read, list, update, delete, and find by any of an agency's names.</summary>
public sealed class AgencyRepository(StorageTables tables)
{
    public async Task<WriteResult> AddAsync(Agency agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return await TableWrites.AddAsync(await TableAsync(cancellationToken), AgencyEntity.From(agency), cancellationToken);
    }

    public async Task<Agency?> GetAsync(AgencyId id, CancellationToken cancellationToken) =>
        await TableReads.GetAsync(await TableAsync(cancellationToken), AgencyEntity.Partition, id.Value, (AgencyEntity e) => e.ToAgency(), cancellationToken);

    public Task<IReadOnlyList<Agency>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {AgencyEntity.Partition}"), cancellationToken);

    /// <summary>
    /// The agency called <paramref name="name"/>: first by its canonical name (a server-side filter on the
    /// literal text), then by display name or alias. Null when no agency has that name.
    /// </summary>
    public async Task<Agency?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = Agency.Normalize(name);
        var exact = await QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {AgencyEntity.Partition} and Name eq {normalized}"),
            cancellationToken);
        if (exact.Count > 0)
        {
            return exact[0];
        }

        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(a => a.IsCalled(normalized));
    }

    public async Task<WriteResult> UpdateAsync(Agency agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return await TableWrites.ReplaceAsync(await TableAsync(cancellationToken), AgencyEntity.From(agency), agency.ETag, cancellationToken);
    }

    public async Task<WriteResult> DeleteAsync(AgencyId id, ETag ifMatch, CancellationToken cancellationToken) =>
        await TableWrites.DeleteAsync(await TableAsync(cancellationToken), AgencyEntity.Partition, id.Value, ifMatch, cancellationToken);

    private static Agency ToAgency(AgencyEntity entity) => entity.ToAgency();

    private async Task<IReadOnlyList<Agency>> QueryAsync(string filter, CancellationToken cancellationToken) =>
        await TableReads.ListAsync(await TableAsync(cancellationToken), filter, (Func<AgencyEntity, Agency>)ToAgency, cancellationToken);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.Agencies, cancellationToken);
}
