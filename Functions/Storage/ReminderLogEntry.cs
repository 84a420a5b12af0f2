namespace DeadlineBot.Functions.Storage;

/// <summary>
/// An item row of the reminder log: one per (agency, reminder key), inserted with AddEntity when a scan claims
/// the reminder, so a second scan or a second instance conflicts instead of sending it again.
/// PartitionKey "item-" + two hex digits of the key's hash (spreads the load), RowKey = the key (hashed when it
/// holds characters a key cannot).
/// </summary>
internal sealed class ReminderLogEntry : TableRow
{
    public string Key { get; set; } = string.Empty;

    public string DigestId { get; set; } = string.Empty;

    public string TaskId { get; set; } = string.Empty;

    public string PlanId { get; set; } = string.Empty;

    public DateTimeOffset Claimed { get; set; }

    public static (string PartitionKey, string RowKey) KeysFor(string logKey) =>
        ("item-" + TableKeys.Hash(logKey, 2), TableKeys.For(logKey));
}
