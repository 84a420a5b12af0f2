using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The reminder queue and its poison queue (<c>&lt;queue&gt;-poison</c>, the name the Functions host uses),
/// each created on first use. Messages are Base64-encoded, the Functions host's default <c>messageEncoding</c>, and one
/// that would not fit a queue message is refused here, before the queue refuses it with an error.
/// </summary>
public sealed class ReminderQueues
{
    /// <summary>A queue message holds 64 KiB once Base64-encoded: 48 KiB of UTF-8 text.</summary>
    public const int MaxMessageBytes = 48 * 1024;

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

    public static bool Fits(string message) => Encoding.UTF8.GetByteCount(message) <= MaxMessageBytes;

    /// <summary>Queues <paramref name="message"/> for sending; false, and nothing queued, when it does not <see cref="Fits"/>.</summary>
    public Task<bool> EnqueueAsync(string message, CancellationToken cancellationToken) => SendAsync(Name, message, cancellationToken);

    /// <summary>Keeps <paramref name="message"/> on the poison queue; false, and nothing kept, when it does not <see cref="Fits"/>.</summary>
    public Task<bool> PoisonAsync(string message, CancellationToken cancellationToken) => SendAsync(PoisonName, message, cancellationToken);

    private async Task<bool> SendAsync(string queue, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Fits(message))
        {
            return false;
        }

        await (await _queues.GetAsync(queue, cancellationToken)).SendMessageAsync(message, cancellationToken);
        return true;
    }
}
