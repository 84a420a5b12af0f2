using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// A stored task with where it stands today: <see cref="Status"/> and its Vietnamese word, the deadline it is
/// measured against, the days left and, for a recurring task, the <see cref="Occurrence"/> that is (period id and
/// label); <see cref="Completions"/> are the reports that closed it or its occurrences, notes included.
/// <see cref="ETag"/> is the version to send back in If-Match.
/// </summary>
public sealed record TaskView(
    string PlanId,
    string Id,
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? ReportTo,
    string? DeadlineText,
    IReadOnlyList<Schedule> Schedules,
    string? Note,
    DateOnly? DoneOn,
    DateOnly? Created,
    TrackingStatus Status,
    string StatusWord,
    DateOnly? Due,
    int? DaysLeft,
    string ETag)
{
    public string? Occurrence { get; init; }

    public string? OccurrenceLabel { get; init; }

    public IReadOnlyList<CompletionReport> Completions { get; init; } = [];

    public static TaskView From(StoredTask task, TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(tracking);
        return new(task.PlanId, task.Id, task.Ref, task.Title, task.Lead, task.Cooperating, task.ReportTo, task.DeadlineText,
            task.Schedules, task.Note, task.DoneOn, task.Created, tracking.Status, tracking.StatusWord, tracking.Due,
            tracking.DaysLeft, task.ETag.ToString())
        {
            Occurrence = tracking.Occurrence?.Id,
            OccurrenceLabel = tracking.Occurrence?.Label,
            Completions = task.Completions,
        };
    }
}
