using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The service's tables (name = <see cref="StorageOptions.TablePrefix"/> + logical name), each created the first
/// time it is used by this process.
/// </summary>
public sealed class StorageTables
{
    public const string Plans = "plans";
    public const string Tasks = "tasks";
    public const string Agencies = "agencies";
    public const string Reports = "reports";
    public const string ReminderLog = "reminderlog";
    public const string ScanState = "scanstate";
    public const string Failures = "failures";
    public const string WebKeys = "webkeys";

    private readonly CreatedOnce<TableClient> _tables;

    public StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.Value.TablePrefix;
        _tables = new(async name =>
        {
            var client = service.GetTableClient(prefix + name);
            await client.CreateIfNotExistsAsync(CancellationToken.None);
            return client;
        });
    }

    /// <summary>The client for <paramref name="name"/> (one of the constants above), creating the table if needed.</summary>
    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken) => _tables.GetAsync(name, cancellationToken);
}
