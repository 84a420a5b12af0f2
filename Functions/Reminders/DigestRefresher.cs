using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// Brings a digest's items up to date at send time: each task is read again and planned again for the day of sending
/// (looking back <see cref="LookBack"/> days, so a scan's catch-up window is covered; the latest reminder
/// due by the day of sending is the one the scan chose, unless the task changed or a later one fell due). A task deleted, done, no longer led by the digest's agency, or
/// with no reminder due any more drops out; a reminder whose key changed (its deadline moved) is claimed for this
/// digest first, so no later scan sends it again. Days left are the day of sending's.
/// </summary>
public sealed class DigestRefresher(TaskRepository tasks, PlanRepository plans, ReminderLog log, ReminderPlanner planner, TimeProvider time)
{
    /// <summary>How many days before the digest's day the planner looks for the reminder it carries.</summary>
    public const int LookBack = 31;

    public async Task<IReadOnlyList<ReminderItem>> RefreshAsync(DigestRecord digest, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var byPlan = new Dictionary<string, StoredPlan?>(StringComparer.Ordinal);
        var fresh = new List<ReminderItem>();
        foreach (var item in digest.Items)
        {
            var task = await tasks.GetAsync(item.PlanId, item.TaskId, cancellationToken);
            if (task is null || !task.IsOpen || !task.Lead.Contains(digest.Agency, StringComparer.Ordinal))
            {
                continue;
            }

            if (!byPlan.TryGetValue(task.PlanId, out var plan))
            {
                byPlan[task.PlanId] = plan = await plans.GetAsync(task.PlanId, cancellationToken);
            }

            var planned = planner.Plan([task.ToTracked(plan)], today, digest.Date.AddDays(-LookBack - 1))
                .Where(d => d.Agency == digest.Agency)
                .SelectMany(d => d.Items)
                .FirstOrDefault();
            if (planned is not null
                && (planned.Key == item.Key || await log.ClaimForAsync(digest.Agency, planned, digest.Id, time.GetUtcNow(), cancellationToken)))
            {
                fresh.Add(planned);
            }
        }

        return [.. fresh.DistinctBy(i => i.Key).OrderBy(i => i.Due).ThenBy(i => i.Ref, StringComparer.Ordinal).ThenBy(i => i.TaskId, StringComparer.Ordinal)];
    }
}
