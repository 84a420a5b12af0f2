using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>What happens when a digest cannot be sent: retried when the relay may recover, poisoned when it never will.</summary>
[TestClass]
public sealed class SendFailureTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_transient_smtp_failure_is_retried_and_the_digest_then_sent_once()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        FlakySender? flaky = null;
        run.App.TestServices = services => services.AddSingleton<IEmailSender>(s => flaky = new FlakySender(s.GetRequiredService<SmtpEmailSender>(), failures: 1));

        await run.App.ScanAndDeliverAsync(Ct);
        var digests = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);

        Assert.AreEqual(5, flaky!.Calls);
        Assert.IsTrue(digests.All(d => d.Status == DigestStatus.Sent));
        Assert.AreEqual(5, digests.Sum(d => d.Attempts));
        foreach (var lead in new[] { NoiVu, TaiChinh, TuyenGiao, LienHiep })
        {
            Assert.HasCount(1, await run.Mail.WaitForAsync(run.AddressOf(lead), 1, TimeSpan.FromSeconds(10), Ct), lead);
        }
    }

    [TestMethod]
    public async Task After_five_failed_deliveries_the_message_goes_to_the_poison_queue_admins_see_why_and_recovery_queues_it_again_later()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, ("DeadlineBot:Smtp:Port", "1"));

        await run.App.ScanAndDeliverAsync(Ct);
        var poison = await run.Storage.Queues.GetPoisonAsync(Ct);
        var main = await run.Storage.Queues.GetMainAsync(Ct);
        var failures = await run.Storage.Log.ListFailuresAsync(10, Ct);

        Assert.HasCount(4, (await poison.PeekMessagesAsync(10, Ct)).Value);
        Assert.IsEmpty((await main.PeekMessagesAsync(10, Ct)).Value);
        Assert.HasCount(4, failures);
        Assert.IsTrue(failures.All(f => f.DequeueCount == 5 && f.Error.StartsWith("Sending failed on delivery 5; recovery", StringComparison.Ordinal)), failures[0].Error);
        Assert.IsTrue((await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).All(d => d.Status == DigestStatus.Queued && d.Attempts == 5));
        run.App.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.HasCount(4, await run.App.Get<DigestRecovery>().RecoverAsync(ScanDay, Ct));
        Assert.HasCount(4, (await main.PeekMessagesAsync(10, Ct)).Value);
    }

    [TestMethod]
    public async Task A_message_that_is_no_digest_reference_goes_straight_to_the_poison_queue()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);

        var outcome = await run.App.Get<ReminderSendService>().HandleAsync("not json at all", 1, Ct);
        var poison = await run.Storage.Queues.GetPoisonAsync(Ct);

        Assert.AreEqual(SendOutcome.Poisoned, outcome);
        Assert.AreEqual("not json at all", (await poison.PeekMessageAsync(Ct)).Value.Body.ToString());
        Assert.AreEqual(ReminderMessages.UnreadableMessage, (await run.Storage.Log.ListFailuresAsync(10, Ct)).Single().Error);
    }

    [TestMethod]
    public async Task A_digest_for_an_agency_without_an_address_is_not_retried_and_tells_admins_what_to_fix()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var taiChinh = (await run.Storage.Agencies.FindByNameAsync(TaiChinh, Ct))!;
        await run.Storage.Agencies.UpdateAsync(taiChinh with { Emails = [] }, Ct);

        await run.App.ScanAndDeliverAsync(Ct);
        var failure = (await run.Storage.Log.ListFailuresAsync(10, Ct)).Single();

        Assert.AreEqual((TaiChinh, 1L), (failure.Agency, failure.DequeueCount));
        Assert.AreEqual(ReminderMessages.NoAddress(TaiChinh), failure.Error);
    }
}
