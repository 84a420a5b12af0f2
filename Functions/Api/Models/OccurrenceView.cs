using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// One occurrence of a task (a one-off task has one, with an empty <see cref="Id"/>): its period, due date, where it
/// stands today and the report that closed it (who, when, note).
/// </summary>
public sealed record OccurrenceView(
    string Id,
    string? Label,
    DateOnly? Due,
    TrackingStatus Status,
    string StatusWord,
    int? DaysLeft,
    DateOnly? DoneOn,
    string? ReportedBy,
    DateTimeOffset? Reported,
    string? Note)
{
    public static OccurrenceView From(StoredTask task, TaskTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(tracking);
        var id = tracking.Occurrence?.Id ?? Core.Reminders.Occurrence.Once;
        var report = task.CompletionOf(id);
        return new(id, tracking.Occurrence?.Label, tracking.Due, tracking.Status, tracking.StatusWord, tracking.DaysLeft,
            tracking.DoneOn ?? report?.DoneOn, report?.ReportedBy, report?.Reported, report?.Note);
    }
}
