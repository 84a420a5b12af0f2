namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Whether storage is ready for the app: reachable, with every table and queue in place (created when missing, on a
/// fresh account too). The health check answers "ok" only after this.
/// </summary>
public sealed class StorageReadiness(StorageTables tables, ReminderQueues queues)
{
    private static readonly string[] TableNames =
        [StorageTables.Plans, StorageTables.Tasks, StorageTables.Agencies, StorageTables.Reports, StorageTables.ReminderLog, StorageTables.ScanState, StorageTables.Failures];

    /// <summary>Whether <paramref name="e"/>, thrown by <see cref="EnsureAsync"/>, means storage cannot be reached or prepared yet.</summary>
    public static bool IsUnreachable(Exception e) =>
        e is Azure.RequestFailedException or AggregateException or HttpRequestException or TimeoutException;

    /// <summary>Creates what is missing; throws when storage cannot be reached.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        // At once rather than one after another: this is the first request's work after a cold start.
        await Task.WhenAll([
            .. TableNames.Select(name => (Task)tables.GetAsync(name, cancellationToken)),
            queues.GetMainAsync(cancellationToken),
            queues.GetPoisonAsync(cancellationToken),
        ]);
    }
}
