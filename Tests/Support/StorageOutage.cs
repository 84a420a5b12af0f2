using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// Storage that cannot be reached while <see cref="Down"/>: every table and queue request fails before it leaves the
/// process, as when the account is unreachable. <c>StorageOutage.Register(services, storage, outage)</c> gives the app
/// clients over <paramref name="storage"/> that go through it.
/// </summary>
public sealed class StorageOutage : HttpPipelineSynchronousPolicy
{
    public bool Down { get; set; } = true;

    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services, TestStorage storage, StorageOutage outage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(outage, HttpPipelinePosition.PerCall);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        queueOptions.AddPolicy(outage, HttpPipelinePosition.PerCall);
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new TableServiceClient(storage.Options.ConnectionString, tableOptions));
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new QueueServiceClient(storage.Options.ConnectionString, queueOptions));
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (Down)
        {
            throw new RequestFailedException(0, "Storage cannot be reached (test outage)");
        }
    }
}
