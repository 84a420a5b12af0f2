using Azure.Storage.Queues.Models;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted queue trigger with the Functions host's semantics, read from host.json: messages are received in
/// batches of <c>batchSize</c> and handed to <see cref="SendReminderFunction"/> with their dequeue count; a message
/// whose function completes is deleted; one whose function throws becomes visible again after
/// <c>visibilityTimeout</c> (while it runs, its invisibility is renewed every 5 minutes), or goes to <c>&lt;queue&gt;-poison</c> once it has been delivered <c>maxDequeueCount</c>
/// times. An empty queue is polled less often, doubling up to <c>maxPollingInterval</c>.
/// </summary>
public sealed class QueueListenerService(
    IServiceScopeFactory scopes,
    ReminderQueues queues,
    HostJson hostJson,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<QueueListenerService> logger) : BackgroundService
{
    private static readonly TimeSpan Processing = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Receives one batch and handles each message; returns how many there were.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var queue = await queues.GetMainAsync(cancellationToken);
        var messages = (await queue.ReceiveMessagesAsync(hostJson.BatchSize, Processing, cancellationToken)).Value;
        foreach (var message in messages)
        {
            try
            {
                await SettleAsync(queue, message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The message stays invisible until its processing timeout, then comes back: nothing is lost.
                logger.LogWarning(e, "Could not settle message {MessageId}, delivery {DequeueCount}; it comes back after its timeout", message.MessageId, message.DequeueCount);
            }
        }

        return messages.Length;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        var idle = MinPoll;
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await PollOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure (storage unreachable, an AggregateException from Azure.Core, a bug) is logged and waited out: the listener never dies.
                logger.LogWarning(e, "Could not read queue {Queue}; trying again in {Delay}", queues.Name, idle);
            }

            if (handled > 0)
            {
                idle = MinPoll;
                continue;
            }

            try
            {
                await Task.Delay(idle, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            idle = idle * 2 > hostJson.MaxPollingInterval ? hostJson.MaxPollingInterval : idle * 2;
        }
    }

    /// <summary>Runs the function in a scope of its own, as the host does; false when it threw (the host's "failed").</summary>
    private async Task<bool> InvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<SendReminderFunction>(scope.ServiceProvider).RunAsync(message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Function {Function} failed on message {MessageId}, delivery {DequeueCount}", SendReminderFunction.Name, message.MessageId, message.DequeueCount);
            return false;
        }
    }

    /// <summary>Runs the function on one message, then deletes it, poisons it, or makes it visible again, as the host does.</summary>
    private async Task SettleAsync(Azure.Storage.Queues.QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var receipt = message.PopReceipt;
        bool completed;
        await using (Heartbeat.Start(KeepInvisibleAsync, Processing / 2, time, logger))
        {
            completed = await InvokeAsync(message, cancellationToken);
        }

        if (completed)
        {
            await queue.DeleteMessageAsync(message.MessageId, receipt, cancellationToken);
        }
        else if (message.DequeueCount >= hostJson.MaxDequeueCount)
        {
            var poison = await queues.GetPoisonAsync(cancellationToken);
            await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, receipt, cancellationToken);
            logger.LogError("Message {MessageId} moved to {PoisonQueue} after {DequeueCount} deliveries", message.MessageId, queues.PoisonName, message.DequeueCount);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: hostJson.VisibilityTimeout, cancellationToken: cancellationToken);
        }

        // While the function runs, the message stays invisible (as the Functions host renews it): a long send is not delivered twice.
        async Task<bool> KeepInvisibleAsync(CancellationToken renewing)
        {
            receipt = (await queue.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: Processing, cancellationToken: renewing)).Value.PopReceipt;
            return true;
        }
    }
}
