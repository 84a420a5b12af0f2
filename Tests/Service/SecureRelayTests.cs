using System.Text.Json;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>
/// Reminders through a relay that wants STARTTLS (self-signed certificate, pinned) and a login: a wrong password or an
/// untrusted certificate loses nothing and poisons nothing — the digests wait, admins read why on the failure log — and
/// once the setting is mended (the app restarted with it) recovery delivers each digest exactly once.
/// </summary>
[TestClass]
public sealed class SecureRelayTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("DeadlineBot:Smtp:Password", "mat-khau-sai", "authentic", DisplayName = "a wrong password")]
    [DataRow("DeadlineBot:Smtp:ServerCertificateThumbprint", "", "certificate", DisplayName = "the relay's certificate not pinned (untrusted)")]
    [DataRow("DeadlineBot:Smtp:ServerCertificateThumbprint", "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF", "certificate", DisplayName = "another certificate pinned")]
    public async Task A_misconfigured_login_or_tls_keeps_every_digest_for_the_admins_and_the_mended_setting_delivers_each_once(string setting, string wrong, string errorMentions)
    {
        await using var relay = new SecureSmtpRelay();
        var settings = relay.Settings();
        var mended = settings[setting];
        settings[setting] = wrong;
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, [.. settings.Select(s => (s.Key, s.Value))]);

        await run.App.ScanAndDeliverAsync(Ct);
        var waiting = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        var failures = await AdminFailuresAsync(run.App);

        Assert.IsEmpty(relay.Mailbox.Taken);
        Assert.HasCount(4, waiting);
        Assert.IsTrue(waiting.All(d => d.Status == DigestStatus.Queued), string.Join(", ", waiting.Select(d => d.Status)));
        Assert.HasCount(4, failures);
        foreach (var failure in failures)
        {
            var error = failure.GetProperty("error").GetString()!;
            Assert.IsTrue(error.StartsWith("Sending failed on delivery 5; recovery", StringComparison.Ordinal), error);
            Assert.Contains(errorMentions, error, StringComparison.OrdinalIgnoreCase);
        }

        // The admin mends the setting; the app restarts with it, and the recovery pass queues the waiting digests again.
        run.App.Settings[setting] = mended;
        await using var restarted = new DeadlineBotApp(run.Storage, run.App.Time.GetUtcNow() + TimeSpan.FromMinutes(11));
        foreach (var (key, value) in run.App.Settings)
        {
            restarted.Settings[key] = value;
        }

        Assert.HasCount(4, await restarted.Get<DigestRecovery>().RecoverAsync(ScanDay, Ct));
        await restarted.DeliverAsync(Ct);
        restarted.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.IsEmpty(await restarted.Get<DigestRecovery>().RecoverAsync(ScanDay, Ct));
        Assert.AreEqual(0, await restarted.DeliverAsync(Ct));

        var sent = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        Assert.IsTrue(sent.All(d => d.Status == DigestStatus.Sent), string.Join(", ", sent.Select(d => d.Status)));
        CollectionAssert.AreEquivalent(
            sent.Select(d => d.Id).ToList(),
            relay.Mailbox.Taken.Select(t => t.Message.MessageId!.Split('@')[0]).ToList(),
            "one email per digest, carrying its id");
        foreach (var lead in new[] { NoiVu, TaiChinh, TuyenGiao, LienHiep })
        {
            Assert.AreEqual(1, relay.Mailbox.Taken.Count(t => t.Message.To.Mailboxes.Any(m => m.Address == run.AddressOf(lead))), lead);
        }
    }

    [TestMethod]
    public async Task A_refused_copy_address_does_not_stop_the_digest_and_is_on_the_admins_failure_log()
    {
        await using var relay = new SecureSmtpRelay(refusedRecipient: "admin@example.test");
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct, [.. relay.Settings().Select(s => (s.Key, s.Value))]);

        await run.App.ScanAndDeliverAsync(Ct);
        var digests = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        var failures = await AdminFailuresAsync(run.App);

        Assert.IsTrue(digests.All(d => d.Status == DigestStatus.Sent), string.Join(", ", digests.Select(d => d.Status)));
        Assert.HasCount(4, relay.Mailbox.Taken);
        Assert.IsTrue(relay.Mailbox.Taken.All(t => !t.Recipients.Contains("admin@example.test")));
        Assert.IsTrue(digests.All(d => !d.Recipients!.Contains("admin@example.test", StringComparison.Ordinal)), digests[0].Recipients);
        // Admins are copied on escalated digests only: each of those, and no other, has a row naming the refused copy.
        var copied = relay.Mailbox.Taken.Where(t => t.Message.Cc.Mailboxes.Any(m => m.Address == "admin@example.test")).Select(t => t.Message.MessageId!.Split('@')[0]).ToList();
        Assert.IsNotEmpty(copied);
        CollectionAssert.AreEquivalent(copied, failures.Select(f => f.GetProperty("digestId").GetString()).ToList());
        foreach (var failure in failures)
        {
            Assert.AreEqual(ReminderMessages.CopyRefused(["admin@example.test"]), failure.GetProperty("error").GetString());
        }
    }

    /// <summary>The failure log as admins read it: <c>GET /api/reports/failures</c>.</summary>
    private async Task<JsonElement[]> AdminFailuresAsync(DeadlineBotApp app)
    {
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", "test-admin-key-0123");
        var body = await admin.GetStringAsync(new Uri("/api/reports/failures", UriKind.Relative), Ct);
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray()];
    }
}
