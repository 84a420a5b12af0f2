using System.Net;
using System.Text.Json;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>What the sender does with a digest whose world changed after the scan, and how admins repair one that could not go out.</summary>
[TestClass]
public sealed class DeliveryRepairTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_task_reported_done_between_scan_and_send_is_not_reminded_and_its_digest_is_dropped()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        await run.App.Get<Functions.Reminders.ReminderScanService>().ScanAsync(null, Ct);
        var task = (await run.Storage.Tasks.GetAsync(PlanId, TaskId("II.2.c"), Ct))!;
        await run.Storage.Tasks.UpdateAsync(task with { DoneOn = ScanDay }, Ct);

        await run.App.DeliverAsync(Ct);
        await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, TimeSpan.FromSeconds(10), Ct);
        var taiChinh = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == TaiChinh);

        Assert.AreEqual(DigestStatus.Dropped, taiChinh.Status);
        Assert.IsEmpty(await run.Mail.EmailsToAsync(run.AddressOf(TaiChinh), Ct));
    }

    [TestMethod]
    public async Task A_digest_for_an_agency_without_an_address_is_listed_for_admins_and_sent_once_when_re_driven_after_the_fix()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var agency = (await run.Storage.Agencies.FindByNameAsync(TaiChinh, Ct))!;
        await run.Storage.Agencies.UpdateAsync(agency with { Emails = [] }, Ct);
        await run.App.ScanAndDeliverAsync(Ct);
        using var admin = run.App.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", "test-admin-key-0123");

        var failed = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/reminders/failed", UriKind.Relative), Ct)).RootElement;
        var digestId = failed[0].GetProperty("id").GetString()!;
        await run.Storage.Agencies.UpdateAsync((await run.Storage.Agencies.FindByNameAsync(TaiChinh, Ct))! with { Emails = [run.AddressOf(TaiChinh)] }, Ct);
        using var redrive = await admin.PostAsync(new Uri($"/api/reminders/digests/{digestId}/redrive", UriKind.Relative), null, Ct);
        using var again = await admin.PostAsync(new Uri($"/api/reminders/digests/{digestId}/redrive", UriKind.Relative), null, Ct);
        await run.App.DeliverAsync(Ct);

        Assert.AreEqual((1, TaiChinh, "Undeliverable"), (failed.GetArrayLength(), failed[0].GetProperty("agency").GetString(), failed[0].GetProperty("status").GetString()));
        Assert.AreEqual((HttpStatusCode.Accepted, HttpStatusCode.Conflict), (redrive.StatusCode, again.StatusCode));
        Assert.HasCount(1, await run.Mail.WaitForAsync(run.AddressOf(TaiChinh), 1, TimeSpan.FromSeconds(10), Ct));
        Assert.AreEqual(DigestStatus.Sent, (await run.Storage.Log.GetDigestAsync(digestId, Ct))!.Status);
    }
}
