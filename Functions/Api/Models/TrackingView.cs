using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>One row of an overdue, upcoming or status list.</summary>
public sealed record TrackingView(
    string PlanId,
    string? PlanTitle,
    string TaskId,
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    TrackingStatus Status,
    string StatusWord,
    DateOnly? Due,
    int? DaysLeft,
    DateOnly? DoneOn)
{
    public static TrackingView From(TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        var task = tracking.Task;
        return new(task.PlanId, task.PlanTitle, task.Id, task.Ref, task.Title, task.Lead, tracking.Status, tracking.StatusWord,
            tracking.Due, tracking.DaysLeft, task.DoneOn);
    }
}
