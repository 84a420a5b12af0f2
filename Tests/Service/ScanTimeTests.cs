using System.Net;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>The scan's "today" and catch-up with a FakeTimeProvider (Asia/Ho_Chi_Minh is UTC+7).</summary>
[TestClass]
public sealed class ScanTimeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_scan_at_23_59_local_is_still_the_23rd_and_one_at_00_01_is_the_24th_though_both_are_the_23rd_in_UTC()
    {
        await using var run = await ServiceRun.StartAsync(new DateOnly(2022, 3, 23), Ct);
        run.App.Time.SetUtcNow(new DateTimeOffset(2022, 3, 23, 16, 59, 0, TimeSpan.Zero));
        var scans = run.App.Get<ReminderScanService>();

        var lateEvening = await scans.ScanAsync(null, Ct);
        run.App.Time.Advance(TimeSpan.FromMinutes(2));
        var afterMidnight = await scans.ScanAsync(null, Ct);

        Assert.AreEqual((new DateOnly(2022, 3, 23), 0), (lateEvening.Date, lateEvening.Queued.Count));
        Assert.AreEqual((new DateOnly(2022, 3, 24), 4), (afterMidnight.Date, afterMidnight.Queued.Count));
        Assert.AreEqual(new DateOnly(2022, 3, 23), VietnamTime.DateOf(run.App.Time.GetUtcNow()).AddDays(-1));
    }

    [TestMethod]
    public async Task Reminders_that_fall_in_Tet_2022_go_out_on_the_last_working_day_before_it_once()
    {
        await using var run = await ServiceRun.StartAsync(new DateOnly(2022, 1, 3), Ct);
        var task = new StoredTask("tet", "t-tet", "I.1", "Báo cáo sau Tết", [NoiVu], [], Ubnd, "Trước ngày 07/02/2022", [Schedule.DueOn(new(2022, 2, 7))]);
        await run.Storage.Tasks.AddAsync(task, Ct);
        var scans = run.App.Get<ReminderScanService>();
        var sent = new List<(DateOnly Day, int Items)>();

        for (var day = new DateOnly(2022, 1, 3); day <= new DateOnly(2022, 2, 10); day = day.AddDays(1))
        {
            run.App.Time.SetUtcNow(DeadlineBotApp.Morning(day));
            var result = await scans.ScanAsync(null, Ct);
            var mine = (await run.Storage.Log.ListDigestsAsync(day, Ct)).SelectMany(d => d.Items).Count(i => i.TaskId == "t-tet");
            if (mine > 0)
            {
                sent.Add((result.Date, mine));
            }
        }

        CollectionAssert.AreEqual(
            new[] { (new DateOnly(2022, 1, 7), 1), (new DateOnly(2022, 1, 24), 1), (new DateOnly(2022, 1, 28), 1), (new DateOnly(2022, 2, 7), 1) },
            sent);
    }

    [TestMethod]
    public async Task After_a_three_day_outage_each_task_gets_one_catch_up_reminder_not_a_flood()
    {
        await using var run = await ServiceRun.StartAsync(new DateOnly(2022, 3, 21), Ct);
        var scans = run.App.Get<ReminderScanService>();
        await scans.ScanAsync(null, Ct);

        run.App.Time.SetUtcNow(DeadlineBotApp.Morning(new DateOnly(2022, 3, 25)));
        var catchUp = await scans.ScanAsync(null, Ct);
        var items = (await run.Storage.Log.ListDigestsAsync(new DateOnly(2022, 3, 25), Ct)).SelectMany(d => d.Items).ToList();

        Assert.AreEqual(new DateOnly(2022, 3, 25), catchUp.Date);
        // The 7-days-before reminders of 24/3 were missed and come now; II.2.b's yearly occurrence of 31/12/2021 is 84 days overdue today anyway.
        CollectionAssert.AreEquivalent(new[] { "II.1", "II.2.b", "II.2.c", "II.3.b", "II.3.c", "II.4.đ" }, items.Select(i => i.Ref).ToArray());
        Assert.IsTrue(items.Where(i => i.Due == new DateOnly(2022, 3, 31)).All(i => i.Days == 6));
    }

    [TestMethod]
    public async Task The_development_as_of_date_sets_the_scan_day_whatever_the_clock_says()
    {
        await using var run = await ServiceRun.StartAsync(new DateOnly(2026, 11, 23), Ct, ("DeadlineBot:Clock:AsOfDate", "2022-03-24"));

        var result = await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);

        Assert.AreEqual((ScanDay, 4), (result.Date, result.Queued.Count));
    }

    [TestMethod]
    public async Task The_development_as_of_date_is_the_whole_apps_today_so_the_links_in_that_days_emails_open()
    {
        await using var run = await ServiceRun.StartAsync(new DateOnly(2026, 11, 23), Ct, ("DeadlineBot:Clock:AsOfDate", "2022-03-24"));
        await run.App.Get<ReminderScanService>().ScanAsync(null, Ct);
        var digest = (await run.Storage.Log.ListDigestsAsync(ScanDay, Ct)).First(d => d.Agency == NoiVu);
        Assert.IsTrue(AgencyId.TryFromName(digest.Agency, out var agency));
        var link = run.App.Get<CompletionLinks>().LinkFor(agency, digest.Items[0], digest.Date);
        using var client = run.App.CreateClient();

        using var page = await client.GetAsync(link.PathAndQuery, Ct);

        Assert.AreEqual(ScanDay, VietnamTime.Today(run.App.Get<TimeProvider>()));
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, await page.Content.ReadAsStringAsync(Ct));
    }
}
