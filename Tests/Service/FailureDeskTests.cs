using System.Net;
using System.Text.Json;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>Admins dismiss a failure they will not repair (recorded, never silent) and read the poison queue, with a way to re-drive what can be.</summary>
[TestClass]
public sealed class FailureDeskTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_dismissed_failure_leaves_the_list_as_Dismissed_with_its_error_and_a_row_on_the_failure_log()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var agency = (await run.Storage.Agencies.FindByNameAsync(TaiChinh, Ct))!;
        await run.Storage.Agencies.UpdateAsync(agency with { Emails = [] }, Ct);
        await run.App.ScanAndDeliverAsync(Ct);
        using var admin = Admin(run);
        using var staff = run.App.CreateClient();
        staff.DefaultRequestHeaders.Add("X-Api-Key", "test-staff-key-0123");
        var digestId = (await FailedAsync(admin))[0].GetProperty("id").GetString()!;

        using var byStaff = await staff.DeleteAsync(Failed(digestId), Ct);
        using var dismissed = await admin.DeleteAsync(Failed(digestId), Ct);
        using var again = await admin.DeleteAsync(Failed(digestId), Ct);
        using var unknown = await admin.DeleteAsync(Failed("2022-03-24-khong-co"), Ct);
        var digest = (await run.Storage.Log.GetDigestAsync(digestId, Ct))!;

        Assert.AreEqual(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.AreEqual((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound), (dismissed.StatusCode, again.StatusCode, unknown.StatusCode));
        Assert.AreEqual(0, (await FailedAsync(admin)).GetArrayLength());
        Assert.AreEqual(DigestStatus.Dismissed, digest.Status);
        StringAssert.Contains(digest.Error, ReminderMessages.NoAddress(TaiChinh));
        Assert.IsTrue((await run.Storage.Log.ListFailuresAsync(10, Ct)).Any(f => f.DigestId == digestId && f.Error.StartsWith("Dismissed by an admin", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task The_poison_queue_is_read_decoded_with_each_digests_state_and_a_re_drive_route_for_a_failed_one()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var agency = (await run.Storage.Agencies.FindByNameAsync(TaiChinh, Ct))!;
        await run.Storage.Agencies.UpdateAsync(agency with { Emails = [] }, Ct);
        await run.App.ScanAndDeliverAsync(Ct);
        var undeliverable = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == TaiChinh);
        await run.App.Get<ReminderSendService>().HandleAsync("not json at all", 1, Ct);
        await run.Storage.Queues.PoisonAsync(new ReminderMessage(undeliverable.Id, TaiChinh, ScanDay).ToJson(), Ct);
        using var admin = Admin(run);

        var poison = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/reminders/poison", UriKind.Relative), Ct)).RootElement;
        var named = poison.EnumerateArray().Single(p => p.GetProperty("digestId").GetString() == undeliverable.Id);
        var unreadable = poison.EnumerateArray().Single(p => p.GetProperty("body").GetString() == "not json at all");
        using var redrive = await admin.PostAsync(new Uri(named.GetProperty("redrive").GetString()!, UriKind.Relative), null, Ct);

        Assert.AreEqual(2, poison.GetArrayLength());
        Assert.AreEqual((TaiChinh, "Undeliverable"), (named.GetProperty("agency").GetString(), named.GetProperty("status").GetString()));
        Assert.AreEqual(JsonValueKind.Null, unreadable.GetProperty("digestId").ValueKind);
        Assert.AreEqual(JsonValueKind.Null, unreadable.GetProperty("redrive").ValueKind);
        Assert.AreEqual(HttpStatusCode.Accepted, redrive.StatusCode);
    }

    private static Uri Failed(string digestId) => new($"/api/reminders/failed/{digestId}", UriKind.Relative);

    private static HttpClient Admin(ServiceRun run)
    {
        var admin = run.App.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", "test-admin-key-0123");
        return admin;
    }

    private async Task<JsonElement> FailedAsync(HttpClient admin) =>
        JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/reminders/failed", UriKind.Relative), Ct)).RootElement;
}
