using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Storage;

[TestClass]
public sealed class PlanRepositoryTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task A_plan_comes_back_with_its_header_as_stored()
    {
        await using var storage = TestStorage.Create();
        var plan = SamplePlan() with { YearlyDueMonth = 12, YearlyDueDay = 5 };

        var added = await storage.Plans.AddAsync(plan, Ct);
        var read = await storage.Plans.GetAsync(plan.Id, Ct);

        Assert.AreEqual(WriteOutcome.Saved, added.Outcome);
        Assert.IsNotNull(read);
        Assert.AreEqual(plan with { ETag = read.ETag }, read);
        Assert.AreEqual((12, 5), read.YearlyDue);
        Assert.AreEqual(added.ETag, read.ETag);
    }

    [TestMethod]
    public async Task Adding_a_plan_id_twice_is_refused_as_existing()
    {
        await using var storage = TestStorage.Create();
        var plan = SamplePlan();
        await storage.Plans.AddAsync(plan, Ct);

        var again = await storage.Plans.AddAsync(plan with { Title = "Khác" }, Ct);

        Assert.AreEqual(WriteOutcome.Exists, again.Outcome);
        Assert.AreEqual(plan.Title, (await storage.Plans.GetAsync(plan.Id, Ct))!.Title);
    }

    [TestMethod]
    public async Task An_update_with_the_etag_read_before_someone_elses_update_is_refused_as_stale()
    {
        await using var storage = TestStorage.Create();
        await storage.Plans.AddAsync(SamplePlan(), Ct);
        var mine = (await storage.Plans.GetAsync("p1", Ct))!;
        var theirs = (await storage.Plans.GetAsync("p1", Ct))!;

        var first = await storage.Plans.UpdateAsync(theirs with { Title = "Theirs" }, Ct);
        var second = await storage.Plans.UpdateAsync(mine with { Title = "Mine" }, Ct);

        Assert.AreEqual(WriteOutcome.Saved, first.Outcome);
        Assert.AreEqual(WriteOutcome.Stale, second.Outcome);
        Assert.AreEqual("Theirs", (await storage.Plans.GetAsync("p1", Ct))!.Title);
    }

    [TestMethod]
    public async Task A_plan_is_deleted_only_with_its_current_etag()
    {
        await using var storage = TestStorage.Create();
        var added = await storage.Plans.AddAsync(SamplePlan(), Ct);
        var current = (await storage.Plans.GetAsync("p1", Ct))!;
        await storage.Plans.UpdateAsync(current with { Title = "Mới" }, Ct);

        var stale = await storage.Plans.DeleteAsync("p1", added.ETag, Ct);
        var fresh = await storage.Plans.DeleteAsync("p1", (await storage.Plans.GetAsync("p1", Ct))!.ETag, Ct);
        var missing = await storage.Plans.DeleteAsync("p1", added.ETag, Ct);

        Assert.AreEqual(WriteOutcome.Stale, stale.Outcome);
        Assert.AreEqual(WriteOutcome.Saved, fresh.Outcome);
        Assert.AreEqual(WriteOutcome.NotFound, missing.Outcome);
        Assert.IsEmpty(await storage.Plans.ListAsync(Ct));
    }

    internal static StoredPlan SamplePlan() => new(
        "p1",
        "167/KH-UBND",
        "UBND tỉnh Quảng Ngãi",
        "Quảng Ngãi",
        new DateOnly(2021, 11, 29),
        "Kế hoạch thực hiện Kết luận số 52-KL/TW",
        "001.txt",
        new DateTimeOffset(2022, 3, 1, 2, 0, 0, TimeSpan.Zero));
}
