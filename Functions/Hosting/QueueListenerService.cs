using Azure;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted queue trigger with the Functions host's semantics: messages are received with a visibility
/// timeout, handed over with their dequeue count, deleted when handled, made visible again after a growing delay
/// when the send is to be retried (the send service moves a message to the poison queue after five deliveries),
/// and the queue is polled less often while it stays empty (1 s doubling to 30 s).
/// </summary>
public sealed class QueueListenerService(
    ReminderQueues queues,
    ReminderSendService sender,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<QueueListenerService> logger) : BackgroundService
{
    private const int BatchSize = 16;
    private static readonly TimeSpan Processing = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MinPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>How long a message to retry stays invisible: the retry delay, doubled for each earlier delivery.</summary>
    public static TimeSpan RetryDelay(TimeSpan first, long dequeueCount)
    {
        var factor = Math.Pow(2, Math.Clamp(dequeueCount - 1, 0, 20));
        var delay = first * factor;
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    /// <summary>Receives one batch and handles each message; returns how many there were.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var queue = await queues.GetMainAsync(cancellationToken);
        var messages = (await queue.ReceiveMessagesAsync(BatchSize, Processing, cancellationToken)).Value;
        foreach (var message in messages)
        {
            var outcome = await sender.HandleAsync(message.Body.ToString(), message.DequeueCount, cancellationToken);
            if (outcome == SendOutcome.Retry)
            {
                var delay = RetryDelay(options.Value.RetryDelay, message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: delay, cancellationToken: cancellationToken);
            }
            else
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
        }

        return messages.Length;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = MinPoll;
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await PollOnceAsync(stoppingToken);
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning(e, "Could not read queue {Queue}; trying again in {Delay}", queues.Name, idle);
            }

            if (handled > 0)
            {
                idle = MinPoll;
                continue;
            }

            await Task.Delay(idle, time, stoppingToken);
            idle = idle * 2 > MaxPoll ? MaxPoll : idle * 2;
        }
    }
}
