using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>Remembers the last day a scan completed.</summary>
public sealed class ScanStateRepository(StorageTables tables)
{
    public async Task<DateOnly?> GetLastScanAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StorageTables.ScanState, cancellationToken);
        var last = await TableReads.GetAsync(table, ScanStateEntity.Partition, ScanStateEntity.Row, (ScanStateEntity e) => e.LastScan ?? string.Empty, cancellationToken);
        return StoredDates.Read(last);
    }

    /// <summary>
    /// Records <paramref name="day"/> as scanned. The row only moves forward: an older day (a late second
    /// instance) leaves a newer one in place.
    /// </summary>
    public async Task RecordScanAsync(DateOnly day, DateTimeOffset ran, int queued, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(StorageTables.ScanState, cancellationToken);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<ScanStateEntity>(ScanStateEntity.Partition, ScanStateEntity.Row, cancellationToken: cancellationToken);
            var entity = new ScanStateEntity { LastScan = StoredDates.Write(day), Ran = ran, Queued = queued };
            WriteResult result;
            if (!found.HasValue)
            {
                result = await TableWrites.AddAsync(table, entity, cancellationToken);
            }
            else if (StoredDates.Read(found.Value!.LastScan) is { } last && last > day)
            {
                return;
            }
            else
            {
                result = await TableWrites.ReplaceAsync(table, entity, found.Value.ETag, cancellationToken);
            }

            if (result.Saved)
            {
                return;
            }
        }
    }
}
