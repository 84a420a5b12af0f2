using Azure;
using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>
/// A scan interrupted between claiming its reminders and queuing their digests (a storage error, a crash, a timeout)
/// leaves the digests Claimed; the next scan after the grace period queues them again, and each lead still gets one email:
/// the copy of a message that this may queue is harmless, as two deliveries of one digest never both send.
/// </summary>
[TestClass]
public sealed class InterruptedScanTests
{
    private static readonly string[] Leads = [NoiVu, TaiChinh, TuyenGiao, LienHiep];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_scan_whose_queue_writes_fail_after_claiming_is_finished_by_the_next_scan_with_one_email_per_lead()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var busy = new FailingQueueWrites(() => new RequestFailedException(503, "Server busy"));
        await using var broken = BrokenApp(run, busy);

        var failed = await broken.Get<ReminderScanService>().ScanAsync(null, Ct);
        var left = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        run.App.Time.Advance(TimeSpan.FromHours(1));
        var next = await run.App.ScanAndDeliverAsync(Ct);

        Assert.AreEqual(4, busy.Failures);
        Assert.IsEmpty(failed.Queued);
        Assert.IsTrue(left.All(d => d.Status == DigestStatus.Claimed));
        Assert.HasCount(4, next.Recovered);
        Assert.IsEmpty(next.Queued);
        await AssertOneEmailPerLeadAsync(run);
    }

    [TestMethod]
    public async Task A_scan_that_dies_after_claiming_leaves_claims_without_messages_which_the_next_scan_after_the_grace_period_sends()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        await using var broken = BrokenApp(run, new FailingQueueWrites(() => new InvalidOperationException("the process died here")));

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => broken.Get<ReminderScanService>().ScanAsync(null, Ct));
        var left = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        var queue = await run.Storage.Queues.GetMainAsync(Ct);
        var tooSoon = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        run.App.Time.Advance(TimeSpan.FromMinutes(11));
        var next = await run.App.ScanAndDeliverAsync(Ct);

        foreach (var digest in left)
        {
            Assert.AreEqual(digest.Id, await run.Storage.Log.FindClaimAsync(digest.Agency, digest.Items[0], Ct), digest.Agency);
        }

        Assert.IsEmpty((await queue.PeekMessagesAsync(10, Ct)).Value);
        Assert.AreEqual((0, 0, tooSoon.Planned), (tooSoon.Queued.Count, tooSoon.Recovered.Count, tooSoon.AlreadySent));
        Assert.HasCount(4, next.Recovered);
        await AssertOneEmailPerLeadAsync(run);
    }

    [TestMethod]
    public async Task A_digest_queued_again_because_its_scan_died_before_marking_it_queued_is_sent_once()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var first = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        foreach (var digest in await run.Storage.Log.ListDigestsAsync(ScanDay, Ct))
        {
            await run.Storage.Log.UpdateDigestAsync(digest with { Status = DigestStatus.Claimed }, Ct);
        }

        run.App.Time.Advance(TimeSpan.FromHours(1));
        var next = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var delivered = await run.App.DeliverAsync(Ct);

        CollectionAssert.AreEquivalent(first.Queued.ToArray(), next.Recovered.ToArray());
        Assert.AreEqual(8, delivered);
        await AssertOneEmailPerLeadAsync(run);
    }

    [TestMethod]
    public async Task Two_deliveries_of_one_digest_at_once_send_it_once_the_second_waiting_while_the_first_sends()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        GatedSender? gated = null;
        run.App.TestServices = services => services.AddSingleton<IEmailSender>(s => gated = new GatedSender(s.GetRequiredService<SmtpEmailSender>()));
        var scan = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var noiVu = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        var message = new ReminderMessage(noiVu.Id, NoiVu, ScanDay).ToJson();
        var sender = run.App.Get<ReminderSendService>();

        var first = sender.HandleAsync(message, 1, Ct);
        await gated!.Entered.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        var second = await sender.HandleAsync(message, 1, Ct);
        gated.Open();
        var outcomes = (await first, second, await sender.HandleAsync(message, 2, Ct));
        await Task.Delay(500, Ct);

        Assert.HasCount(4, scan.Queued);
        Assert.AreEqual((SendOutcome.Sent, SendOutcome.Retry, SendOutcome.AlreadyHandled), outcomes);
        Assert.HasCount(1, await run.Mail.EmailsToAsync(run.AddressOf(NoiVu), Ct));
    }

    /// <summary>A second instance of the app on the same storage and clock whose queue writes go through <paramref name="policy"/>.</summary>
    private static DeadlineBotApp BrokenApp(ServiceRun run, FailingQueueWrites policy) =>
        new(run.Storage, run.App.Time.GetUtcNow())
        {
            TestServices = services => services.AddSingleton(FailingQueueWrites.Client(run.Storage, policy)),
        };

    private async Task AssertOneEmailPerLeadAsync(ServiceRun run)
    {
        foreach (var lead in Leads)
        {
            await run.Mail.WaitForAsync(run.AddressOf(lead), 1, TimeSpan.FromSeconds(10), Ct);
        }

        await Task.Delay(500, Ct);
        foreach (var lead in Leads)
        {
            Assert.HasCount(1, await run.Mail.EmailsToAsync(run.AddressOf(lead), Ct), lead);
        }

        Assert.IsTrue((await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).All(d => d.Status == DigestStatus.Sent));
    }
}
