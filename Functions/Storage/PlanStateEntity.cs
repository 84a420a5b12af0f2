namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A row of the plans table saying whether a plan still has open tasks (see <see cref="PlanStates"/>): PartitionKey
/// "state", RowKey = plan id. <see cref="OpenedAt"/> is when a task of the plan was last written open.
/// </summary>
internal sealed class PlanStateEntity : TableRow
{
    public const string Partition = "state";

    public PlanStateEntity()
    {
        PartitionKey = Partition;
    }

    public bool Closed { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
