using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>Shows stored tasks with where they stand today (Asia/Ho_Chi_Minh), by the tracking rules.</summary>
public sealed class TaskViews(TrackingReport report, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    public TaskView View(StoredTask task, StoredPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskView.From(task, report.Rules.Evaluate(task.ToTracked(plan), Today));
    }

    public IReadOnlyList<TaskView> View(IEnumerable<StoredTask> tasks, StoredPlan? plan) => [.. tasks.Select(t => View(t, plan))];
}
