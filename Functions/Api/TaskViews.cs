using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>Shows stored tasks, and their occurrences, with where they stand today (the app's today), by the tracking rules.</summary>
public sealed class TaskViews(TrackingReport report, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    public TaskView View(StoredTask task, StoredPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskView.From(task, report.Rules.Evaluate(task.ToTracked(plan), Today));
    }

    /// <summary>
    /// The task's occurrences from its first counted one to the next after today, those before tracking included (a
    /// one-off task: one).
    /// </summary>
    public IReadOnlyList<OccurrenceView> Occurrences(StoredTask task, StoredPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(task);
        return [.. report.Rules.Occurrences(task.ToTracked(plan), Today).Select(t => OccurrenceView.From(task, t))];
    }

    public IReadOnlyList<TaskView> View(IEnumerable<StoredTask> tasks, StoredPlan? plan) => [.. tasks.Select(t => View(t, plan))];
}
