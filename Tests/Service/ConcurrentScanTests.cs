using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

[TestClass]
public sealed class ConcurrentScanTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Two_instances_scanning_at_once_queue_each_reminder_exactly_once()
    {
        var ct = TestContext.CancellationToken;
        await using var run = await ServiceRun.StartAsync(ScanDay, ct);
        await using var other = new DeadlineBotApp(run.Storage, DeadlineBotApp.Morning(ScanDay));

        var scans = await Task.WhenAll(
            run.App.Get<ReminderScanService>().ScanAsync(null, ct),
            other.Get<ReminderScanService>().ScanAsync(null, ct));
        var keys = (await run.Storage.Log.ListDigestsAsync(ScanDay, ct)).SelectMany(d => d.Items.Select(i => (d.Agency, i.Key))).ToList();

        Assert.AreEqual(5, scans[0].Planned);
        Assert.AreEqual(5, scans[1].Planned);
        Assert.AreEqual(5, scans.Sum(s => s.Planned - s.AlreadySent));
        Assert.HasCount(5, keys);
        Assert.HasCount(5, keys.Distinct());
        Assert.AreEqual(scans.Sum(s => s.Queued.Count), (await (await run.Storage.Queues.GetMainAsync(ct)).PeekMessagesAsync(32, ct)).Value.Length);
    }
}
