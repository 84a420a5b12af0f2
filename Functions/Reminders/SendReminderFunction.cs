using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Sends the digest a queue message names. A delivery to be retried throws, so the host makes the message visible
/// again after host.json's <c>visibilityTimeout</c> and moves it to <c>&lt;queue&gt;-poison</c> after
/// <c>maxDequeueCount</c> deliveries; a digest that can never be sent is recorded by the send service and completes.
/// </summary>
public sealed class SendReminderFunction(ReminderSendService sender, ILogger<SendReminderFunction> logger)
{
    public const string Name = "SendReminder";
    public const string QueueSetting = "%DeadlineBot__Storage__ReminderQueue%";
    public const string Connection = "AzureWebJobsStorage";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger(QueueSetting, Connection = Connection)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outcome = await sender.HandleAsync(message.Body?.ToString(), message.DequeueCount, cancellationToken);
        logger.LogInformation("Reminder message {MessageId}, delivery {DequeueCount}: {Outcome}", message.MessageId, message.DequeueCount, outcome);
        if (outcome == SendOutcome.Retry)
        {
            throw new ReminderRetryException(message.MessageId, message.DequeueCount);
        }
    }
}
