using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Tests.Storage;

/// <summary>The scan's key ranges: closed plans cost no query of their own, open ones are spread over the parallel ranges.</summary>
[TestClass]
public sealed class ScanRangesTests
{
    [TestMethod]
    public void A_run_of_closed_plans_is_skipped_as_one_range()
    {
        string[] finished = [.. Enumerable.Range(0, 1000).Select(i => $"a{i:D4}")];
        string[] live = [.. Enumerable.Range(0, 40).Select(i => $"b{i:D4}")];

        var filters = ScanRanges.Filters([.. finished, .. live], finished.ToHashSet(StringComparer.Ordinal), 8);

        // Before the run, the open plans in 8 ranges; the run itself is not read.
        Assert.HasCount(9, filters);
        Assert.AreEqual("Open eq true and PartitionKey lt 'a0000'", filters[0]);
        Assert.AreEqual("Open eq true and PartitionKey gt 'a0999' and PartitionKey lt 'b0005'", filters[1]);
        Assert.AreEqual("Open eq true and PartitionKey ge 'b0035'", filters[^1]);
    }

    [TestMethod]
    public void Without_closed_plans_the_ranges_cover_every_key_in_order()
    {
        var filters = ScanRanges.Filters(["p3", "p1", "p2", "p4"], new HashSet<string>(), 2);

        CollectionAssert.AreEqual(
            new[] { "Open eq true and PartitionKey lt 'p3'", "Open eq true and PartitionKey ge 'p3'" },
            filters.ToArray());
    }

    [TestMethod]
    public void Closed_plans_scattered_among_open_ones_are_read_through_beyond_the_longest_runs()
    {
        string[] open = [.. Enumerable.Range(0, 500).Select(i => $"p{i:D3}")];
        string[] scattered = [.. Enumerable.Range(0, 500).Select(i => $"p{i:D3}x")];

        var filters = ScanRanges.Filters([.. open, .. scattered], scattered.ToHashSet(StringComparer.Ordinal), 8);

        // At most one query per parallel range, plus one per run cut out: 32 of the 500 one-plan runs.
        Assert.HasCount(8 + (ScanRanges.MaxCutsPerRange * 8), filters);
    }

    [TestMethod]
    public void Plan_ids_sort_in_the_order_plans_were_confirmed()
    {
        var start = new DateTimeOffset(2022, 3, 1, 1, 0, 0, TimeSpan.Zero);
        string[] ids = [.. Enumerable.Range(0, 200).Select(i => StoredPlan.NewId(start.AddMilliseconds(i * 7)))];

        CollectionAssert.AreEqual(ids, ids.Order(StringComparer.Ordinal).ToArray());
        Assert.IsTrue(ids.All(id => id.Length == 20 && id.All(char.IsAsciiHexDigitLower) && TableKeys.IsValid(id)));
        Assert.HasCount(200, ids.Distinct());
    }
}
