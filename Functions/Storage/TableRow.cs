using Azure;
using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>The four properties every row of every table has.</summary>
internal abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
