using System.Net;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Service;

/// <summary>
/// Samples 001 and 004 loaded on 30/11/2026 (the app's FakeTimeProvider), so tracking begins that day: what the dry
/// run names, and one occurrence reported done through the link in its reminder.
/// </summary>
[TestClass]
public sealed class OccurrenceServiceTests
{
    private static readonly DateOnly Loaded = new(2026, 11, 30);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task The_dry_run_on_the_day_of_loading_names_no_occurrence_from_2021_to_2025()
    {
        await using var storage = TestStorage.Create();
        await using var app = await LoadAsync(storage);

        var dryRun = await app.Get<DryRun>().PlanAsync(Loaded, Ct);

        var occurrences = dryRun.Digests.SelectMany(d => d.Items).Where(i => i.Occurrence is not null).ToList();
        Assert.IsEmpty(occurrences.Where(i => i.Due.Year is >= 2021 and <= 2025).ToList(), string.Join(", ", occurrences.Select(i => i.Key)));
    }

    [TestMethod]
    public async Task The_dry_run_for_2_December_2026_names_the_occurrences_due_5_December_2026()
    {
        await using var storage = TestStorage.Create();
        await using var app = await LoadAsync(storage);

        var dryRun = await app.Get<DryRun>().PlanAsync(new DateOnly(2026, 12, 2), Ct);

        var occurrences = dryRun.Digests.SelectMany(d => d.Items).Where(i => i.Occurrence is not null).ToList();
        Assert.IsNotEmpty(occurrences);
        Assert.IsTrue(occurrences.All(i => (i.Due, i.Occurrence, i.Days) == (new DateOnly(2026, 12, 5), "2026", 3)), string.Join(", ", occurrences.Select(i => i.Key)));
    }

    [TestMethod]
    public async Task The_link_in_a_reminder_reports_its_occurrence_done_and_only_that_one()
    {
        await using var storage = TestStorage.Create();
        await using var app = await LoadAsync(storage);
        var day = new DateOnly(2026, 12, 2);
        app.Time.SetUtcNow(DeadlineBotApp.Morning(day));
        var digest = (await app.Get<DryRun>().PlanAsync(day, Ct)).Digests.First(d => d.Items.Any(i => i.Occurrence == "2026"));
        var item = digest.Items.First(i => i.Occurrence == "2026");
        Assert.IsTrue(AgencyId.TryFromName(digest.Agency, out var agency));
        var link = app.Get<CompletionLinks>().LinkFor(agency, item, day);
        using var client = app.CreateClient();

        using var page = await client.GetAsync(link.PathAndQuery, Ct);
        using var done = await client.PostAsync(link.PathAndQuery, null, Ct);

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, html);
        StringAssert.Contains(html, "năm 2026 – hạn 05/12/2026");
        Assert.AreEqual(HttpStatusCode.OK, done.StatusCode, await done.Content.ReadAsStringAsync(Ct));
        var task = (await storage.Tasks.GetAsync(item.PlanId, item.TaskId, Ct))!;
        Assert.AreEqual(("2026", day), (task.Completions.Single().Occurrence, task.Completions.Single().DoneOn));
        var after = await app.Get<DryRun>().PlanAsync(new DateOnly(2027, 12, 2), Ct);
        Assert.IsTrue(after.Digests.SelectMany(d => d.Items).Any(i => i.TaskId == item.TaskId && i.Occurrence == "2027"));
    }

    /// <summary>The app on 30/11/2026 08:00 with samples 001 and 004 loaded through the seeder (tracking begins that day).</summary>
    private async Task<DeadlineBotApp> LoadAsync(TestStorage storage)
    {
        var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(Loaded));
        foreach (var name in new[] { "001_241023ceb20e6f40.txt", "004_ba5b8fd20c499393.txt" })
        {
            await using var plan = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples", name));
            Assert.IsNotNull(await app.Get<Seeder>().SeedPlanAsync(plan, name, Ct));
        }

        Assert.IsTrue((await storage.Plans.ListAsync(Ct)).All(p => p.TrackingFrom == Loaded));
        return app;
    }
}
