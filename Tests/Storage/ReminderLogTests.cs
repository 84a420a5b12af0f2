using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Storage;

[TestClass]
public sealed class ReminderLogTests
{
    private static readonly DateOnly Day = new(2022, 3, 24);
    private static readonly DateTimeOffset Now = new(2022, 3, 24, 1, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_reminder_is_claimed_once_however_often_it_is_asked_for()
    {
        await using var storage = TestStorage.Create();
        var item = Item("t1", "t1/2022-03-31/before-7");

        var first = await storage.Log.TryClaimAsync("Sở Nội vụ", item, "d1", Now, Ct);
        var second = await storage.Log.TryClaimAsync("Sở Nội vụ", item, "d2", Now, Ct);
        var otherAgency = await storage.Log.TryClaimAsync("Sở Tài chính", item, "d3", Now, Ct);

        Assert.IsTrue(first);
        Assert.IsFalse(second);
        Assert.IsTrue(otherAgency);
        Assert.AreEqual("d1", await storage.Log.FindClaimAsync("Sở Nội vụ", item, Ct));
    }

    [TestMethod]
    public async Task Claims_run_at_the_same_time_give_each_reminder_to_exactly_one_caller()
    {
        await using var storage = TestStorage.Create();
        var items = Enumerable.Range(0, 20).Select(i => Item($"t{i}", $"t{i}|due")).ToList();

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(caller =>
            Task.WhenAll(items.Select(item => storage.Log.TryClaimAsync("Sở Nội vụ", item, $"d{caller}", Now, Ct)))));

        Assert.AreEqual(items.Count, claims.SelectMany(c => c).Count(won => won));
    }

    [TestMethod]
    public async Task A_claim_counts_as_won_again_for_the_digest_that_holds_it_and_for_no_other()
    {
        await using var storage = TestStorage.Create();
        var item = Item("t1", "t1|due");
        await storage.Log.TryClaimAsync("Sở Nội vụ", item, "d1", Now, Ct);

        Assert.IsTrue(await storage.Log.ClaimForAsync("Sở Nội vụ", item, "d1", Now, Ct));
        Assert.IsFalse(await storage.Log.ClaimForAsync("Sở Nội vụ", item, "d2", Now, Ct));
        Assert.IsTrue(await storage.Log.ClaimForAsync("Sở Nội vụ", Item("t2", "t2|due"), "d2", Now, Ct));
    }

    [TestMethod]
    public async Task Only_unfinished_digests_of_the_last_31_days_untouched_for_the_grace_period_and_not_being_sent_need_repair()
    {
        await using var storage = TestStorage.Create();
        var claimed = await AddDigestAsync(storage, Day, "k1", DigestStatus.Claimed, Now);
        await AddDigestAsync(storage, Day, "k2", DigestStatus.Claimed, Now.AddMinutes(30));
        var queued = await AddDigestAsync(storage, Day, "k3", DigestStatus.Queued, Now);
        var unknown = await AddDigestAsync(storage, Day, "k5", DigestStatus.Unknown, Now);
        await AddDigestAsync(storage, Day, "k6", DigestStatus.Sent, Now);
        await AddDigestAsync(storage, Day, "k7", DigestStatus.Failed, Now);
        await AddDigestAsync(storage, Day.AddDays(-40), "k4", DigestStatus.Claimed, Now.AddDays(-40));
        var sending = await AddDigestAsync(storage, Day, "k8", DigestStatus.Sending, Now);
        var crashed = await AddDigestAsync(storage, Day, "k9", DigestStatus.Sending, Now);
        foreach (var (id, until) in new[] { (sending, Now.AddMinutes(15)), (crashed, Now.AddMinutes(5)) })
        {
            var digest = (await storage.Log.GetDigestAsync(id, Ct))!;
            await storage.Log.UpdateDigestAsync(digest with { SendingUntil = until }, Ct);
        }

        var unfinished = await storage.Log.ListInStatusAsync(Day.AddDays(-31), Day, DigestStates.Unfinished, Ct);
        var repair = unfinished.Where(d => DigestStates.NeedsRepair(d, Now.AddMinutes(10), TimeSpan.FromMinutes(10))).Select(d => d.Id);

        CollectionAssert.AreEquivalent(new[] { claimed, queued, unknown, crashed }, repair.ToArray());
    }

    [TestMethod]
    public async Task A_sent_email_too_long_for_one_property_is_kept_from_its_beginning_and_the_sent_write_lands()
    {
        await using var storage = TestStorage.Create();
        var items = new[] { Item("t1", "k1") };
        var id = new ReminderDigest("Sở Nội vụ", Day, items).Id;
        await storage.Log.AddDigestAsync(new DigestRecord(id, "Sở Nội vụ", Day, items, DigestStatus.Queued, Now), Ct);
        var read = (await storage.Log.GetDigestAsync(id, Ct))!;
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(_ => (char)random.Next(0x4E00, 0x9FFF)));

        var sent = await storage.Log.UpdateDigestAsync(read with { Status = DigestStatus.Sent, Sent = Now, Email = new SentEmail("Nhắc việc", text) }, Ct);

        Assert.AreEqual(WriteOutcome.Saved, sent.Outcome);
        var kept = (await storage.Log.GetDigestAsync(id, Ct))!.Email!;
        Assert.AreEqual("Nhắc việc", kept.Subject);
        Assert.IsLessThan(text.Length, kept.Text.Length);
        StringAssert.StartsWith(text, kept.Text.TrimEnd('…'));
    }

    [TestMethod]
    public async Task A_digest_keeps_its_items_and_moves_to_sent_only_from_the_version_read()
    {
        await using var storage = TestStorage.Create();
        var items = new[] { Item("t1", "k1"), Item("t2", "k2") with { Kind = ReminderKind.Overdue, Days = 84, Escalated = true } };
        var id = new ReminderDigest("Sở Nội vụ", Day, items).Id;
        await storage.Log.AddDigestAsync(new DigestRecord(id, "Sở Nội vụ", Day, items, DigestStatus.Queued, Now), Ct);
        var read = (await storage.Log.GetDigestAsync(id, Ct))!;

        var sent = await storage.Log.UpdateDigestAsync(read with { Status = DigestStatus.Sent, Sent = Now }, Ct);
        var again = await storage.Log.UpdateDigestAsync(read with { Status = DigestStatus.Sent, Sent = Now.AddHours(1) }, Ct);

        CollectionAssert.AreEqual(items, read.Items.ToArray());
        Assert.AreEqual(WriteOutcome.Saved, sent.Outcome);
        Assert.AreEqual(WriteOutcome.Stale, again.Outcome);
        Assert.AreEqual(Now, (await storage.Log.GetDigestAsync(id, Ct))!.Sent);
        Assert.AreEqual(id, (await storage.Log.ListDigestsAsync(Day, Ct)).Single().Id);
        Assert.IsEmpty(await storage.Log.ListDigestsAsync(Day.AddDays(1), Ct));
    }

    [TestMethod]
    public async Task Send_failures_are_listed_newest_first()
    {
        await using var storage = TestStorage.Create();
        await storage.Log.AddFailureAsync(new SendFailure("d1", "Sở Nội vụ", Day, Now, 5, "550 mailbox unavailable"), Ct);
        await storage.Log.AddFailureAsync(new SendFailure("d2", "Sở Tài chính", Day, Now.AddMinutes(5), 5, "timeout"), Ct);

        var failures = await storage.Log.ListFailuresAsync(10, Ct);

        CollectionAssert.AreEqual(new[] { "d2", "d1" }, failures.Select(f => f.DigestId).ToArray());
    }

    [TestMethod]
    public async Task The_scan_date_only_moves_forward()
    {
        await using var storage = TestStorage.Create();

        await storage.ScanState.RecordScanAsync(Day, Now, 3, Ct);
        await storage.ScanState.RecordScanAsync(Day.AddDays(-2), Now, 0, Ct);

        Assert.AreEqual(Day, await storage.ScanState.GetLastScanAsync(Ct));
    }

    private async Task<string> AddDigestAsync(TestStorage storage, DateOnly day, string key, DigestStatus status, DateTimeOffset recorded)
    {
        var items = new[] { Item("t1", key) };
        var id = new ReminderDigest("Sở Nội vụ", day, items).Id;
        await storage.Log.AddDigestAsync(new DigestRecord(id, "Sở Nội vụ", day, items, status, recorded), Ct);
        return id;
    }

    internal static ReminderItem Item(string taskId, string key) => new(
        taskId, "p1", "II.1", "Tổ chức hội nghị", "Kế hoạch 167", new DateOnly(2022, 3, 31), ReminderKind.Before, 7, false, "UBND tỉnh", key);
}
