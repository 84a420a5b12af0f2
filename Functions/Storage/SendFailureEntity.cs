using System.Globalization;

namespace DeadlineBot.Functions.Storage;

/// <summary>A row of the failures table: PartitionKey "send", RowKey = reversed ticks + digest id (newest first).</summary>
internal sealed class SendFailureEntity : TableRow
{
    public const string Partition = "send";

    public SendFailureEntity()
    {
        PartitionKey = Partition;
    }

    public string DigestId { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;

    public string? Date { get; set; }

    public DateTimeOffset Failed { get; set; }

    public long DequeueCount { get; set; }

    public string Error { get; set; } = string.Empty;

    public static SendFailureEntity From(SendFailure failure) => new()
    {
        RowKey = (DateTimeOffset.MaxValue.UtcTicks - failure.Failed.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
            + "-" + TableKeys.For(failure.DigestId),
        DigestId = failure.DigestId,
        Agency = failure.Agency,
        Date = StoredDates.Write(failure.Date),
        Failed = failure.Failed,
        DequeueCount = failure.DequeueCount,
        Error = failure.Error.Length > 4000 ? failure.Error[..4000] : failure.Error,
    };

    public SendFailure ToFailure() =>
        new(DigestId, Agency, StoredDates.Read(Date) ?? DateOnly.MinValue, Failed, DequeueCount, Error);
}
