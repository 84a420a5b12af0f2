using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Storage;

/// <summary>Claims written in transactions keep the one-claimer rule of single claims, batch by batch.</summary>
[TestClass]
public sealed class ClaimManyTests
{
    private const string Agency = "Sở Nội vụ";
    private static readonly DateTimeOffset Now = new(2022, 3, 24, 1, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task Many_claims_are_won_once_again_by_their_own_digest_and_never_by_another()
    {
        await using var storage = TestStorage.Create();
        var items = Items(600);

        var first = await storage.Log.ClaimManyAsync(Claims(items, "d1"), Now, Ct);
        var again = await storage.Log.ClaimManyAsync(Claims(items, "d1"), Now, Ct);
        var other = await storage.Log.ClaimManyAsync(Claims(items, "d2"), Now, Ct);

        Assert.HasCount(600, first);
        Assert.HasCount(600, again);
        Assert.IsEmpty(other);
        Assert.AreEqual("d1", await storage.Log.FindClaimAsync(Agency, items[599], Ct));
    }

    [TestMethod]
    public async Task A_batch_holding_one_reminder_claimed_elsewhere_still_wins_the_others()
    {
        await using var storage = TestStorage.Create();
        var items = Items(300);
        Assert.IsTrue(await storage.Log.TryClaimAsync(Agency, items[17], "other", Now, Ct));

        var won = await storage.Log.ClaimManyAsync(Claims(items, "d1"), Now, Ct);

        Assert.HasCount(299, won);
        Assert.DoesNotContain(("d1", items[17].Key), won);
        Assert.AreEqual("other", await storage.Log.FindClaimAsync(Agency, items[17], Ct));
    }

    [TestMethod]
    public async Task Two_digests_claiming_the_same_reminders_at_once_share_them_without_overlap()
    {
        await using var storage = TestStorage.Create();
        var items = Items(400);

        var results = await Task.WhenAll(
            storage.Log.ClaimManyAsync(Claims(items, "d1"), Now, Ct),
            storage.Log.ClaimManyAsync(Claims([.. items.AsEnumerable().Reverse()], "d2"), Now, Ct));

        Assert.AreEqual(400, results[0].Count + results[1].Count);
        Assert.IsEmpty(results[0].Select(w => w.ItemKey).Intersect(results[1].Select(w => w.ItemKey)));
    }

    private static List<ReminderItem> Items(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ReminderLogTests.Item($"t{i}", $"t{i}|due"))];

    private static List<ReminderClaim> Claims(IEnumerable<ReminderItem> items, string digestId) =>
        [.. items.Select(item => new ReminderClaim(Agency, item, digestId))];
}
