using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>Reads the API needs beyond the repositories' own: every task of every plan (or one plan), done ones included.</summary>
public sealed class TaskQueries(PlanRepository plans, TaskRepository tasks)
{
    /// <summary>The tasks as the tracking rules see them; empty when <paramref name="planId"/> names no plan.</summary>
    public async Task<IReadOnlyList<TrackedTask>> TrackedAsync(string? planId, CancellationToken cancellationToken)
    {
        var chosen = planId is null
            ? await plans.ListAsync(cancellationToken)
            : await plans.GetAsync(planId, cancellationToken) is { } one ? [one] : [];
        var all = new List<TrackedTask>();
        foreach (var plan in chosen)
        {
            all.AddRange((await tasks.ListByPlanAsync(plan.Id, cancellationToken)).Select(t => t.ToTracked(plan)));
        }

        return all;
    }
}
