using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>Sample 001 stored in Azurite, scanned on 24/3/2022 at 08:00, emailed through MailDev.</summary>
[TestClass]
public sealed class Sample001PipelineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Each_lead_of_a_task_due_31_March_gets_exactly_one_digest_naming_it_with_7_days_left()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var (storage, app, mail, agencies) = (run.Storage, run.App, run.Mail, run.Agencies);

        var scan = await app.ScanAndDeliverAsync(Ct);

        Assert.AreEqual(ScanDay, scan.Date);
        Assert.HasCount(4, scan.Queued);
        foreach (var (reference, lead) in DueEndOfMarch)
        {
            var emails = await mail.WaitForAsync(agencies.AddressOf(lead), 1, Wait, Ct);
            var email = emails.Single(e => e.To!.Any(t => t.Address == agencies.AddressOf(lead)));
            StringAssert.Contains(email.Text, reference);
            StringAssert.Contains(email.Text, "còn 7 ngày");
        }
    }

    [TestMethod]
    public async Task Noi_vu_digest_also_carries_its_task_due_30_December_2021_as_overdue_and_copies_the_report_to_body_and_admins()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var (storage, app, mail, agencies) = (run.Storage, run.App, run.Mail, run.Agencies);

        await app.ScanAndDeliverAsync(Ct);
        var email = (await mail.WaitForAsync(agencies.AddressOf(NoiVu), 1, Wait, Ct)).Single();

        StringAssert.Contains(email.Text, "II.3.b");
        StringAssert.Contains(email.Text, "quá hạn 84 ngày");
        StringAssert.Contains(email.Text, "II.3.c");
        CollectionAssert.AreEquivalent(new[] { agencies.AddressOf(Ubnd), "admin@example.test" }, email.CcAddresses.ToArray());
        var digest = (await storage.Log.ListDigestsAsync(ScanDay, Ct)).Single(d => d.Agency == NoiVu);
        Assert.AreEqual(DigestStatus.Sent, digest.Status);
        Assert.IsTrue(digest.Items.Single(i => i.Ref == "II.3.b").Escalated);
        Assert.AreEqual(email.Subject, digest.Email?.Subject, "the email as sent is kept for staff to read back");
        Assert.AreEqual(email.Text!.ReplaceLineEndings().Trim(), digest.Email!.Text.ReplaceLineEndings().Trim());
    }

    [TestMethod]
    public async Task Scanning_again_the_same_day_or_redelivering_a_message_sends_nothing_more()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var (storage, app, mail, agencies) = (run.Storage, run.App, run.Mail, run.Agencies);
        var first = await app.ScanAndDeliverAsync(Ct);
        await mail.WaitForAsync(agencies.AddressOf(NoiVu), 1, Wait, Ct);

        app.Time.Advance(TimeSpan.FromHours(3));
        var second = await app.ScanAndDeliverAsync(Ct);
        var queue = await storage.Queues.GetMainAsync(Ct);
        await queue.SendMessageAsync(new Functions.Reminders.ReminderMessage(first.Queued[0], NoiVu, ScanDay).ToJson(), Ct);
        var redelivered = await app.DeliverAsync(Ct);
        await Task.Delay(500, Ct);

        Assert.IsEmpty(second.Queued);
        Assert.AreEqual(second.Planned, second.AlreadySent);
        Assert.AreEqual(1, redelivered);
        foreach (var lead in new[] { NoiVu, TaiChinh, TuyenGiao, LienHiep })
        {
            Assert.HasCount(1, await mail.EmailsToAsync(agencies.AddressOf(lead), Ct), lead);
        }
    }

    [TestMethod]
    public async Task Reminders_an_earlier_digest_claimed_are_left_out_and_an_agency_left_with_none_gets_no_digest()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var planned = ReminderPlanner.Default.Plan(Tasks.Select(t => t.ToTracked(Plan)), ScanDay);
        var earlier = planned.Where(d => d.Agency is NoiVu or TaiChinh)
            .SelectMany(d => d.Items.Where(i => i.Ref is "II.3.b" or "II.2.c").Select(i => (d.Agency, Item: i)));
        foreach (var (agency, item) in earlier)
        {
            await run.Storage.Log.TryClaimAsync(agency, item, "earlier-scan", run.App.Time.GetUtcNow(), Ct);
        }

        var scan = await run.App.ScanAndDeliverAsync(Ct);
        var digests = await run.Storage.Log.ListDigestsAsync(ScanDay, Ct);
        var noiVu = (await run.Mail.WaitForAsync(run.AddressOf(NoiVu), 1, Wait, Ct)).Single();

        Assert.AreEqual((5, 2, 3), (scan.Planned, scan.AlreadySent, scan.Queued.Count));
        CollectionAssert.AreEquivalent(new[] { NoiVu, TuyenGiao, LienHiep }, digests.Select(d => d.Agency).ToArray());
        Assert.AreEqual("II.3.c", digests.Single(d => d.Agency == NoiVu).Items.Single().Ref);
        Assert.DoesNotContain("II.3.b", noiVu.Text!);
        Assert.IsEmpty(await run.Mail.EmailsToAsync(run.AddressOf(TaiChinh), Ct));
    }

    [TestMethod]
    public async Task Reporting_a_task_done_stops_its_reminders()
    {
        await using var run = await ServiceRun.StartAsync(ScanDay, Ct);
        var (storage, app, mail, agencies) = (run.Storage, run.App, run.Mail, run.Agencies);
        await app.ScanAndDeliverAsync(Ct);
        var task = (await storage.Tasks.GetAsync(PlanId, TaskId("II.2.c"), Ct))!;
        var report = new CompletionReport(PlanId, task.Id, new DateOnly(2022, 3, 25), app.Time.GetUtcNow(), agencies.AddressOf(TaiChinh));
        await storage.Tasks.MarkDoneAsync(report, task.ETag, Ct);

        app.Time.Advance(TimeSpan.FromDays(4));
        var dueDay = await app.ScanAndDeliverAsync(Ct);
        await mail.WaitForAsync(agencies.AddressOf(NoiVu), 2, Wait, Ct);

        Assert.AreEqual(new DateOnly(2022, 3, 28), dueDay.Date);
        Assert.HasCount(1, await mail.EmailsToAsync(agencies.AddressOf(TaiChinh), Ct));
        Assert.HasCount(2, await mail.EmailsToAsync(agencies.AddressOf(NoiVu), Ct));
    }
}
