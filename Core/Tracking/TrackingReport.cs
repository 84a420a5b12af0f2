using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Core.Tracking;

/// <summary>Lists and statistics over many tasks on one day; pure, so the API, CLI and tests share them.</summary>
public sealed class TrackingReport
{
    public TrackingReport(TrackingRules rules)
    {
        Rules = rules;
    }

    public static TrackingReport Default { get; } = new(TrackingRules.Default);

    public TrackingRules Rules { get; }

    /// <summary>
    /// Every one-off task and every occurrence of a recurring task (see <see cref="TrackingRules.Occurrences"/>) that
    /// matches, soonest deadline first (tasks without one last).
    /// </summary>
    public IReadOnlyList<TaskTracking> List(IEnumerable<TrackedTask> tasks, DateOnly today, TrackingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(filter);
        return [.. tasks.SelectMany(t => Rules.Occurrences(t, today))
            .Where(filter.Matches)
            .OrderBy(t => t.Due ?? DateOnly.MaxValue)
            .ThenBy(t => t.Task.PlanId, StringComparer.Ordinal)
            .ThenBy(t => t.Task.Ref, StringComparer.Ordinal)];
    }

    /// <summary>Tasks past their deadline and not reported done, most overdue first.</summary>
    public IReadOnlyList<TaskTracking> Overdue(IEnumerable<TrackedTask> tasks, DateOnly today, TrackingFilter filter) =>
        List(tasks, today, filter with { Status = TrackingStatus.Overdue });

    /// <summary>Tasks not done whose deadline falls within the next <paramref name="days"/> days (today included).</summary>
    public IReadOnlyList<TaskTracking> Upcoming(IEnumerable<TrackedTask> tasks, DateOnly today, int days, TrackingFilter filter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return [.. List(tasks, today, filter).Where(t => !t.IsDone && t.DaysLeft is { } left && left >= 0 && left <= days)];
    }

    /// <summary>
    /// One row per lead agency counting one-off tasks and occurrences (one with several leads counts for each), most
    /// overdue first.
    /// </summary>
    public IReadOnlyList<AgencyStatistics> PerAgency(IEnumerable<TrackedTask> tasks, DateOnly today, TrackingFilter filter)
    {
        var rows = new Dictionary<string, (string Name, int[] Counts)>(StringComparer.Ordinal);
        foreach (var tracking in List(tasks, today, filter))
        {
            foreach (var lead in tracking.Task.Lead.Distinct(StringComparer.Ordinal))
            {
                if (!AgencyId.TryFromName(lead, out var id)
                    || (filter.Agency is { } only && only != id))
                {
                    continue;
                }

                if (!rows.TryGetValue(id.Value, out var row))
                {
                    row = (lead, new int[Enum.GetValues<TrackingStatus>().Length]);
                    rows.Add(id.Value, row);
                }

                row.Counts[(int)tracking.Status]++;
            }
        }

        return [.. rows
            .Select(r => new AgencyStatistics(
                r.Key,
                r.Value.Name,
                r.Value.Counts[(int)TrackingStatus.DoneOnTime],
                r.Value.Counts[(int)TrackingStatus.DoneLate],
                r.Value.Counts[(int)TrackingStatus.Overdue],
                r.Value.Counts[(int)TrackingStatus.DueSoon],
                r.Value.Counts[(int)TrackingStatus.InTime]))
            .OrderByDescending(s => s.Overdue)
            .ThenBy(s => s.AgencyId, StringComparer.Ordinal)];
    }
}
