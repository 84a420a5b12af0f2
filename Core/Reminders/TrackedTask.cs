using System.Collections.ObjectModel;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// A stored task as the reminder policy sees it. <see cref="Lead"/> holds canonical agency names.
/// <see cref="DoneOn"/> is set once a one-off task is reported done: no reminder after that; a recurring task's
/// occurrences are reported one by one (<see cref="Done"/>). <see cref="YearlyDueDay"/> is the plan's yearly reporting
/// day for yearly tasks that name none (else 31/12).
/// </summary>
public sealed record TrackedTask(
    string Id,
    string PlanId,
    string Ref,
    string Title,
    string? PlanTitle,
    IReadOnlyList<string> Lead,
    string? ReportTo,
    IReadOnlyList<Schedule> Schedules,
    DateOnly? DoneOn = null,
    DateOnly? Created = null,
    (int Month, int Day)? YearlyDueDay = null)
{
    /// <summary>The day each reported occurrence of a recurring task was done, by <see cref="Occurrence.Id"/>.</summary>
    public IReadOnlyDictionary<string, DateOnly> Done { get; init; } = ReadOnlyDictionary<string, DateOnly>.Empty;

    /// <summary>
    /// The due date each reported occurrence had when it was reported, by <see cref="Occurrence.Id"/>: an edit that moves
    /// the rule moves the occurrences still open, not those reported.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> ReportedDue { get; init; } = ReadOnlyDictionary<string, DateOnly>.Empty;

    /// <summary>
    /// When tracking of the plan began (the day it was confirmed, unless staff changed it): a recurring task's
    /// occurrences due before it are before tracking and never reminded. None: every occurrence is tracked.
    /// </summary>
    public DateOnly? TrackedFrom { get; init; }

    /// <summary>The plan's number (<c>167/KH-UBND</c>), shown beside its title.</summary>
    public string? PlanNumber { get; init; }

    /// <summary>The cooperating agencies' canonical names (shown in lists and exports; reminders go to the lead).</summary>
    public IReadOnlyList<string> Cooperating { get; init; } = [];
}
