namespace DeadlineBot.Functions.Storage;

/// <summary>The one row of the scan state table: the last day scanned, so the next scan can catch up after an outage.</summary>
internal sealed class ScanStateEntity : TableRow
{
    public const string Partition = "scan";
    public const string Row = "last";

    public ScanStateEntity()
    {
        PartitionKey = Partition;
        RowKey = Row;
    }

    public string? LastScan { get; set; }

    public DateTimeOffset Ran { get; set; }

    public int Queued { get; set; }
}
