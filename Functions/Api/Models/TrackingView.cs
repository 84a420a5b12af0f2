using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// One row of an overdue, upcoming or status list: a one-off task, or one occurrence of a recurring task
/// (<see cref="Occurrence"/> its period id, <see cref="OccurrenceLabel"/> its name).
/// </summary>
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
    public string? Occurrence { get; init; }

    public string? OccurrenceLabel { get; init; }

    public static TrackingView From(TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        var task = tracking.Task;
        return new(task.PlanId, task.PlanTitle, task.Id, task.Ref, task.Title, task.Lead, tracking.Status, tracking.StatusWord,
            tracking.Due, tracking.DaysLeft, tracking.DoneOn)
        {
            Occurrence = tracking.Occurrence?.Id,
            OccurrenceLabel = tracking.Occurrence?.Label,
        };
    }
}
