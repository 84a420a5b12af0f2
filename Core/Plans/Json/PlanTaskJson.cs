using DeadlineBot.Core.Deadlines.Json;

namespace DeadlineBot.Core.Plans.Json;

/// <summary>The JSON shape of a <see cref="PlanTask"/>; schedules as <c>deadlinebot parse --batch</c> writes them.</summary>
public sealed record PlanTaskJson(
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? ReportTo,
    string? DeadlineText,
    IReadOnlyList<ScheduleJson> Schedules,
    string? Note,
    string? Budget,
    SourceLocation Source,
    IReadOnlyList<string> Warnings)
{
    public static PlanTaskJson From(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(
            task.Ref, task.Title, task.Lead, task.Cooperating, task.ReportTo, task.DeadlineText,
            [.. task.Deadline.Schedules.Select(s => ScheduleJson.From(s, task.Deadline.Text))], task.Deadline.Note, task.Budget, task.Source, task.Warnings);
    }
}
