using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions;

public static class StorageSetup
{
    /// <summary>Registers the Table Storage repositories and the reminder queue client.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(CreateTableService);
        builder.Services.AddSingleton(CreateQueueService);
        builder.Services.AddSingleton<StorageTables>();
        builder.Services.AddSingleton<ReminderQueues>();
        builder.Services.AddSingleton<PlanRepository>();
        builder.Services.AddSingleton<PlanStates>();
        builder.Services.AddSingleton<TaskRepository>();
        builder.Services.AddSingleton<OpenTaskReader>();
        builder.Services.AddSingleton<AgencyRepository>();
        builder.Services.AddSingleton<ReminderLog>();
        builder.Services.AddSingleton<ScanStateRepository>();
        builder.Services.AddSingleton<StorageReadiness>();
        builder.Services.AddHostedService<StorageWarmUp>();
        return builder;
    }

    private static TableServiceClient CreateTableService(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.UsesConnectionString
            ? new TableServiceClient(options.ConnectionString)
            : new TableServiceClient(options.TableServiceUri!, new DefaultAzureCredential());
    }

    private static QueueServiceClient CreateQueueService(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return options.UsesConnectionString
            ? new QueueServiceClient(options.ConnectionString, clientOptions)
            : new QueueServiceClient(options.QueueServiceUri!, new DefaultAzureCredential(), clientOptions);
    }
}
