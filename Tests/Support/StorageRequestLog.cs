using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// Counts the storage requests of a client it is added to (<c>options.AddPolicy(log, HttpPipelinePosition.PerCall)</c>)
/// and records, for each entity-group transaction ($batch), the partition keys of its rows: what Azure checks and
/// Azurite does not.
/// </summary>
public sealed partial class StorageRequestLog : HttpPipelinePolicy
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Each transaction sent, as the partition key of each of its rows.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Batches { get; } = new();

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Batches.Clear();
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        await ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _requests);
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            var text = Encoding.UTF8.GetString(body.ToArray());
            Batches.Enqueue([.. PartitionKey().Matches(text).Select(m => m.Groups[1].Value)]);
        }
    }

    [GeneratedRegex("\"PartitionKey\":\"([^\"]*)\"")]
    private static partial Regex PartitionKey();
}
