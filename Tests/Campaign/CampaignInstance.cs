using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Campaign;

/// <summary>
/// One instance of the app for the campaign: the real app over shared storage and a shared clock, its storage requests
/// going through <see cref="Faults"/>, and the Functions host's queue semantics emulated around its sender: a message
/// whose function completes is deleted; one whose function throws (or asks for a retry) is made visible again, or moved
/// to <c>&lt;queue&gt;-poison</c> by the host after <c>maxDequeueCount</c> deliveries; a crash settles nothing, so the
/// message stays invisible until its timeout.
/// </summary>
internal sealed class CampaignInstance : IAsyncDisposable
{
    private const int MaxDequeueCount = 5;
    private static readonly TimeSpan Processing = TimeSpan.FromSeconds(2);
    private readonly TestStorage _storage;

    public CampaignInstance(TestStorage storage, FakeTimeProvider time, int smtpPort)
    {
        _storage = storage;
        App = new DeadlineBotApp(storage, time.GetUtcNow());
        App.Settings["DeadlineBot:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.Settings["DeadlineBot:Smtp:Timeout"] = "00:00:05";
        App.Settings["DeadlineBot:Reminders:SendLease"] = "00:00:20";
        App.Settings["DeadlineBot:Reminders:SendDeadline"] = "00:00:10";
        App.Settings["DeadlineBot:Reminders:RecoverAfter"] = "00:00:30";
        App.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(time);
            var tables = new TableClientOptions();
            tables.AddPolicy(Faults, HttpPipelinePosition.PerCall);
            services.AddSingleton(new TableServiceClient(storage.Options.ConnectionString, tables));
            var queues = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            queues.AddPolicy(Faults, HttpPipelinePosition.PerCall);
            services.AddSingleton(new QueueServiceClient(storage.Options.ConnectionString, queues));
        };
    }

    public DeadlineBotApp App { get; }

    public StorageFaults Faults { get; } = new();

    /// <summary>Receives one batch and handles it as the host would; returns how many messages there were.</summary>
    public async Task<int> DeliverRoundAsync(CancellationToken cancellationToken)
    {
        var queue = await _storage.Queues.GetMainAsync(cancellationToken);
        var messages = (await queue.ReceiveMessagesAsync(16, Processing, cancellationToken)).Value;
        var sender = App.Get<ReminderSendService>();
        foreach (var message in messages)
        {
            if (Faults.Dead)
            {
                continue;
            }

            bool completed;
            try
            {
                completed = await sender.HandleAsync(message.Body.ToString(), message.DequeueCount, cancellationToken) != SendOutcome.Retry;
            }
            catch (CrashException)
            {
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                completed = false;
            }

            await SettleAsync(queue, message, completed, cancellationToken);
        }

        Faults.Restart();
        return messages.Length;
    }

    /// <summary>A scan or recovery pass through this instance; a crash or storage error in it is survived by the next one.</summary>
    public async Task RunAsync(Func<ReminderScanService, Task> pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        try
        {
            await pass(App.Get<ReminderScanService>());
        }
        catch (Exception e) when (e is CrashException or Azure.RequestFailedException or AggregateException)
        {
            // The host records the failure; recovery or the next pass repairs what it left.
        }

        Faults.Restart();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    private async Task SettleAsync(QueueClient queue, QueueMessage message, bool completed, CancellationToken cancellationToken)
    {
        if (completed)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        else if (message.DequeueCount >= MaxDequeueCount)
        {
            var poison = await _storage.Queues.GetPoisonAsync(cancellationToken);
            await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
        }
    }
}
