using Azure.Data.Tables;
using Azure.Storage.Queues;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// Repositories over Azurite with tables and queues of their own (a unique prefix), removed on dispose.
/// <c>await using var storage = TestStorage.Create();</c>
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    private TestStorage(StorageOptions options)
    {
        Options = options;
        TableService = new TableServiceClient(options.ConnectionString);
        QueueService = new QueueServiceClient(options.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Tables = new StorageTables(TableService, wrapped);
        Queues = new ReminderQueues(QueueService, wrapped);
    }

    public StorageOptions Options { get; }

    public TableServiceClient TableService { get; }

    public QueueServiceClient QueueService { get; }

    public StorageTables Tables { get; }

    public ReminderQueues Queues { get; }

    public PlanRepository Plans => new(Tables);

    public TaskRepository Tasks => new(Tables, PlanStates);

    public PlanStates PlanStates => new(Tables, TimeProvider.System);

    public AgencyRepository Agencies => new(Tables);

    public ReminderLog Log => new(Tables);

    public ScanStateRepository ScanState => new(Tables);

    /// <summary>Settings an app under test reads to use this storage (<c>DeadlineBot:Storage:*</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DeadlineBot:Storage:ConnectionString"] = Options.ConnectionString,
        ["DeadlineBot:Storage:TablePrefix"] = Options.TablePrefix,
        ["DeadlineBot:Storage:ReminderQueue"] = Options.ReminderQueue,
    };

    public static TestStorage Create()
    {
        var prefix = TestEnvironment.UniquePrefix();
        return new TestStorage(new StorageOptions
        {
            ConnectionString = TestEnvironment.StorageConnectionString,
            TablePrefix = prefix,
            ReminderQueue = "reminders-" + prefix,
        });
    }

    public async ValueTask DisposeAsync()
    {
        var prefix = Options.TablePrefix;
        var filter = TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}");
        await foreach (var table in TableService.QueryAsync(filter))
        {
            await TableService.DeleteTableAsync(table.Name);
        }

        await QueueService.GetQueueClient(Queues.Name).DeleteIfExistsAsync();
        await QueueService.GetQueueClient(Queues.PoisonName).DeleteIfExistsAsync();
    }
}
