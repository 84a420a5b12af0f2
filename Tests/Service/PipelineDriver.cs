using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Service;

/// <summary>Runs the app's scan and queue listener by hand, the way the timer and the queue trigger would.</summary>
internal static class PipelineDriver
{
    /// <summary>Scans as of the fake clock's today and delivers every queued message.</summary>
    public static async Task<ScanResult> ScanAndDeliverAsync(this DeadlineBotApp app, CancellationToken cancellationToken)
    {
        var result = await app.Get<ReminderScanService>().ScanAsync(null, cancellationToken);
        await app.DeliverAsync(cancellationToken);
        return result;
    }

    /// <summary>Polls the reminder queue until it gives nothing more; returns the messages handled.</summary>
    public static async Task<int> DeliverAsync(this DeadlineBotApp app, CancellationToken cancellationToken)
    {
        var listener = app.Get<QueueListenerService>();
        var total = 0;
        for (var handled = await listener.PollOnceAsync(cancellationToken); handled > 0; handled = await listener.PollOnceAsync(cancellationToken))
        {
            total += handled;
        }

        return total;
    }

    public static async Task SeedAsync(this DeadlineBotApp app, CancellationToken cancellationToken)
    {
        var agencies = new TestAgencies(app.Storage.Options.TablePrefix);
        await agencies.AddAsync(app.Storage.Agencies, Sample001.Agencies, cancellationToken);
        await app.Storage.Plans.AddAsync(Sample001.Plan, cancellationToken);
        await app.Storage.Tasks.AddManyAsync(Sample001.Tasks, cancellationToken);
    }
}
