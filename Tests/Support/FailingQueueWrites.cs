using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// Makes every message write (Put Message) of a queue client fail before it leaves the process, with the exception
/// <paramref name="failure"/> gives: a storage error, or any other exception to stand for the process dying there.
/// Everything else (creating, reading, deleting) goes through. <c>services.AddSingleton(FailingQueueWrites.Client(storage, policy))</c>.
/// </summary>
public sealed class FailingQueueWrites(Func<Exception> failure) : HttpPipelineSynchronousPolicy
{
    private int _failures;

    public int Failures => _failures;

    /// <summary>A queue service client over <paramref name="storage"/>'s account whose message writes go through <paramref name="policy"/>.</summary>
    public static QueueServiceClient Client(TestStorage storage, FailingQueueWrites policy)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new QueueServiceClient(storage.Options.ConnectionString, options);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
            throw failure();
        }
    }
}
