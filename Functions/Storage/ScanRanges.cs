using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The PartitionKey ranges of the tasks table the scan reads: every key except the closed plans' partitions, in up to
/// <paramref name="ranges"/> ranges of about as many open plans each, plus one per run of closed plans it cuts out.
/// Consecutive closed plans are skipped as one run, so a block of a thousand finished plans costs no query. Each cut costs
/// a query, so only the <see cref="MaxCutsPerRange"/> × ranges longest runs are cut: closed plans scattered one by one
/// among open ones are read through, their done tasks filtered out by the service as in any open plan. A partition
/// whose plan row is missing is read unless it sorts inside a run that is cut.
/// </summary>
internal static class ScanRanges
{
    /// <summary>Runs of closed plans cut out, per parallel range: each is one more query.</summary>
    public const int MaxCutsPerRange = 4;

    /// <summary>One filter per range: open tasks with PartitionKey inside it.</summary>
    public static IReadOnlyList<string> Filters(IEnumerable<string> planIds, IReadOnlySet<string> closedPlans, int ranges)
    {
        ArgumentNullException.ThrowIfNull(planIds);
        ArgumentNullException.ThrowIfNull(closedPlans);
        var sorted = planIds.Union(closedPlans, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var closed = LongestRuns(sorted, closedPlans, MaxCutsPerRange * ranges);
        var open = sorted.Count(id => !closed.Contains(id));
        var size = Math.Max(1, (open + ranges - 1) / ranges);
        var filters = new List<string>();
        // Walk the plans in key order: a closed plan ends the range being read (exclusive) and the next one starts after
        // the last closed plan of its run; every size-th open plan starts a new range (inclusive) for parallel reading.
        string? lower = null;
        var lowerInclusive = true;
        var inRange = 0;
        var readable = true;
        foreach (var id in sorted)
        {
            if (closed.Contains(id))
            {
                if (readable)
                {
                    filters.Add(Filter(lower, lowerInclusive, id));
                    readable = false;
                }

                (lower, lowerInclusive, inRange) = (id, false, 0);
                continue;
            }

            if (readable && inRange == size)
            {
                filters.Add(Filter(lower, lowerInclusive, id));
                (lower, lowerInclusive, inRange) = (id, true, 0);
            }

            readable = true;
            inRange++;
        }

        filters.Add(Filter(lower, lowerInclusive, null));
        return filters;
    }

    /// <summary>The closed plans in the <paramref name="max"/> longest runs of consecutive closed plans of <paramref name="sorted"/>.</summary>
    private static HashSet<string> LongestRuns(string[] sorted, IReadOnlySet<string> closed, int max)
    {
        var runs = new List<ArraySegment<string>>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end < sorted.Length && closed.Contains(sorted[end]))
            {
                end++;
            }

            if (end > start)
            {
                runs.Add(new ArraySegment<string>(sorted, start, end - start));
            }

            start = end + 1;
        }

        return runs.OrderByDescending(run => run.Count).Take(max).SelectMany(run => run).ToHashSet(StringComparer.Ordinal);
    }

    private static string Filter(string? lower, bool inclusive, string? upper)
    {
        var filter = TableClient.CreateQueryFilter($"Open eq {true}");
        if (lower is not null)
        {
            filter += inclusive
                ? TableClient.CreateQueryFilter($" and PartitionKey ge {lower}")
                : TableClient.CreateQueryFilter($" and PartitionKey gt {lower}");
        }

        return upper is null ? filter : filter + TableClient.CreateQueryFilter($" and PartitionKey lt {upper}");
    }
}
