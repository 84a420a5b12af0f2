namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A row of the plans table that claims a document's content hash, or a plan identity (<c>PlanIdentity</c>), for one
/// plan: PartitionKey "hash", RowKey = the hash or key.
/// Adding it is the atomic test that the document was not confirmed before.
/// </summary>
internal sealed class PlanHashEntity : TableRow
{
    public const string Partition = "hash";

    public PlanHashEntity()
    {
        PartitionKey = Partition;
    }

    public string PlanId { get; set; } = string.Empty;
}
