using DeadlineBot.Functions.Email;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>A send that outlives a third of its lease renews it, so nobody else takes the digest while it is still going out.</summary>
[TestClass]
public sealed class LeaseRenewalTests
{
    /// <summary>A third of the 5-minute send lease: the heartbeat's period.</summary>
    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(100);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_slow_send_renews_its_lease_after_a_third_of_it_so_another_delivery_waits_and_the_email_goes_out_once()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, ("DeadlineBot:Reminders:SendDeadline", "00:04:30"));
        GatedSender? gated = null;
        run.App.TestServices = services => services.AddSingleton<IEmailSender>(s => gated = new GatedSender(s.GetRequiredService<SmtpEmailSender>()));
        await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var noiVu = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        var message = new ReminderMessage(noiVu.Id, NoiVu, ScanDay).ToJson();
        var sender = run.App.Get<ReminderSendService>();

        var sending = sender.HandleAsync(message, 1, Ct);
        await gated!.Entered.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        var first = (await run.Storage.Log.GetDigestAsync(noiVu.Id, Ct))!.SendingUntil!.Value;
        run.App.Time.Advance(Beat);
        var until = await LeaseAfterAsync(run, noiVu.Id, first);

        var meanwhile = await sender.HandleAsync(message, 2, Ct);
        gated.Open();

        // The renewal moves the lease to a full lease from the clock's time then: a beat on. (The beats that follow are
        // HeartbeatTests' to show, on the fake clock alone.)
        Assert.IsGreaterThanOrEqualTo(first + Beat, until);
        Assert.IsLessThanOrEqualTo(run.App.Time.GetUtcNow() + TimeSpan.FromMinutes(5), until);
        Assert.AreEqual((SendOutcome.Retry, SendOutcome.Sent), (meanwhile, await sending));
        Assert.AreEqual(DigestStatus.Sent, (await run.Storage.Log.GetDigestAsync(noiVu.Id, Ct))!.Status);
        await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, TimeSpan.FromSeconds(10), Ct);
        Assert.HasCount(1, await run.Mail.EmailsToAsync(run.AddressOf(NoiVu), Ct));
    }

    /// <summary>
    /// Waits (a few seconds at most) for the renewal the clock's advance set off to land in storage. The heartbeat sets
    /// its next beat only once the previous renewal has landed, so an advance can come before that beat exists: the
    /// clock is then nudged on in small steps until it fires.
    /// </summary>
    private async Task<DateTimeOffset> LeaseAfterAsync(ServiceRun run, string digestId, DateTimeOffset before)
    {
        for (var i = 0; i < 400; i++)
        {
            if ((await run.Storage.Log.GetDigestAsync(digestId, Ct))?.SendingUntil is { } until && until > before)
            {
                return until;
            }

            await Task.Delay(25, Ct);
            if (i % 4 == 3)
            {
                run.App.Time.Advance(TimeSpan.FromSeconds(5));
            }
        }

        Assert.Fail($"The lease of {digestId} was not renewed past {before:O}");
        return before;
    }
}
