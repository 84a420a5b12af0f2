using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The reminder queue and its poison queue (<c>&lt;queue&gt;-poison</c>, the name the Functions host uses),
/// each created on first use. Messages are Base64-encoded, the Functions host's default <c>messageEncoding</c>.
/// </summary>
public sealed class ReminderQueues
{
    private readonly CreatedOnce<QueueClient> _queues;

    public ReminderQueues(QueueServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Value.ReminderQueue;
        _queues = new(async name =>
        {
            var client = service.GetQueueClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            return client;
        });
    }

    public string Name { get; }

    public string PoisonName => Name + "-poison";

    public Task<QueueClient> GetMainAsync(CancellationToken cancellationToken) => _queues.GetAsync(Name, cancellationToken);

    public Task<QueueClient> GetPoisonAsync(CancellationToken cancellationToken) => _queues.GetAsync(PoisonName, cancellationToken);
}
