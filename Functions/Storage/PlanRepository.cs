using Azure;
using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>Plans: add, read, list, update and delete (updates and deletes need the ETag read).</summary>
public sealed class PlanRepository(StorageTables tables)
{
    public async Task<WriteResult> AddAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return await TableWrites.AddAsync(await TableAsync(cancellationToken), PlanEntity.From(plan), cancellationToken);
    }

    public async Task<StoredPlan?> GetAsync(string planId, CancellationToken cancellationToken) =>
        await TableReads.GetAsync(await TableAsync(cancellationToken), PlanEntity.Partition, planId, (PlanEntity e) => e.ToPlan(), cancellationToken);

    public async Task<IReadOnlyList<StoredPlan>> ListAsync(CancellationToken cancellationToken) =>
        await TableReads.ListAsync(
            await TableAsync(cancellationToken),
            TableClient.CreateQueryFilter($"PartitionKey eq {PlanEntity.Partition}"),
            (PlanEntity e) => e.ToPlan(),
            cancellationToken);

    public async Task<WriteResult> UpdateAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return await TableWrites.ReplaceAsync(await TableAsync(cancellationToken), PlanEntity.From(plan), plan.ETag, cancellationToken);
    }

    /// <summary>Deletes the plan row only; delete its tasks first with <see cref="TaskRepository"/>.</summary>
    public async Task<WriteResult> DeleteAsync(string planId, ETag ifMatch, CancellationToken cancellationToken)
    {
        TableKeys.Require(planId, "Plan id");
        return await TableWrites.DeleteAsync(await TableAsync(cancellationToken), PlanEntity.Partition, planId, ifMatch, cancellationToken);
    }

    /// <summary>Claims a document's content hash for a plan; <see cref="WriteOutcome.Exists"/> when another plan holds it.</summary>
    public async Task<WriteResult> ClaimHashAsync(string hash, string planId, CancellationToken cancellationToken) =>
        await TableWrites.AddAsync(
            await TableAsync(cancellationToken),
            new PlanHashEntity { RowKey = TableKeys.Require(hash, "Content hash"), PlanId = planId },
            cancellationToken);

    /// <summary>The plan that holds a content hash, with the claim's ETag; null when none does.</summary>
    public async Task<PlanHashClaim?> HashOwnerAsync(string hash, CancellationToken cancellationToken) =>
        await TableReads.GetAsync(
            await TableAsync(cancellationToken), PlanHashEntity.Partition, hash, (PlanHashEntity e) => new PlanHashClaim(e.PlanId, e.ETag), cancellationToken);

    /// <summary>Every key a plan holds (its documents' content hashes and identities), each with the claim's ETag.</summary>
    public async Task<IReadOnlyList<(string Key, ETag ETag)>> ClaimsOfAsync(string planId, CancellationToken cancellationToken) =>
        await TableReads.ListAsync(
            await TableAsync(cancellationToken),
            TableClient.CreateQueryFilter($"PartitionKey eq {PlanHashEntity.Partition} and PlanId eq {planId}"),
            (PlanHashEntity e) => (e.RowKey, e.ETag),
            cancellationToken);

    public async Task<WriteResult> ReleaseHashAsync(string hash, ETag ifMatch, CancellationToken cancellationToken) =>
        await TableWrites.DeleteAsync(await TableAsync(cancellationToken), PlanHashEntity.Partition, hash, ifMatch, cancellationToken);

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.Plans, cancellationToken);
}
