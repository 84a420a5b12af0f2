using System.Collections.ObjectModel;
using Azure;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A task as stored: what the plan asks (<see cref="Ref"/> such as <c>II.1.a</c>, title), who leads and
/// cooperates (canonical agency names), whom it reports to, the deadline text as written and the schedules read
/// from it. <see cref="DoneOn"/> is set once a one-off task is reported done; <see cref="Completions"/> holds every
/// report (a recurring task's one per occurrence). <see cref="ETag"/> is the version read.
/// </summary>
public sealed record StoredTask(
    string PlanId,
    string Id,
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? ReportTo,
    string? DeadlineText,
    IReadOnlyList<Schedule> Schedules,
    string? Note = null,
    DateOnly? DoneOn = null,
    DateOnly? Created = null)
{
    public ETag ETag { get; init; }

    /// <summary>The reports that closed the task or its occurrences, in the order they came.</summary>
    public IReadOnlyList<CompletionReport> Completions { get; init; } = [];

    /// <summary>The report that closed <paramref name="occurrence"/> (<see cref="Occurrence.Once"/>: the one-off task), if any.</summary>
    public CompletionReport? CompletionOf(string occurrence) =>
        Completions.LastOrDefault(c => (c.Occurrence ?? Occurrence.Once) == occurrence);

    /// <summary>Still to be reminded: not reported done, or recurring (a report closes one occurrence; the next ones still come).</summary>
    public bool IsOpen => DoneOn is null || IsRecurring;

    /// <summary>The earliest fixed due date (due and range schedules); recurring and ongoing ones have none.</summary>
    public DateOnly? FirstDue => Schedules
        .Where(s => s.Kind is ScheduleKind.Due or ScheduleKind.Range && s.Due is not null)
        .Select(s => s.Due)
        .Min();

    public bool IsRecurring => Schedules.Any(s => s.Kind == ScheduleKind.Recurring);

    /// <summary>A new task id: short, URL- and key-safe.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>The task as the reminder planner sees it, with its plan's title, number, yearly reporting day and tracking start.</summary>
    public TrackedTask ToTracked(StoredPlan? plan) =>
        new(Id, PlanId, Ref, Title, plan?.Title, Lead, ReportTo, Schedules, IsRecurring ? null : DoneOn, Created, plan?.YearlyDue)
        {
            // Most tasks have no report: keep TrackedTask's shared empty maps rather than building two per task.
            Done = Completions.Count == 0 ? ReadOnlyDictionary<string, DateOnly>.Empty : Completions.Where(c => c.Occurrence is not null)
                .GroupBy(c => c.Occurrence!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().DoneOn, StringComparer.Ordinal),
            ReportedDue = Completions.Count == 0 ? ReadOnlyDictionary<string, DateOnly>.Empty : Completions.Where(c => c.Occurrence is not null && c.Due is not null)
                .GroupBy(c => c.Occurrence!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Due!.Value, StringComparer.Ordinal),
            TrackedFrom = plan?.TrackingFrom,
            PlanNumber = plan?.Number,
            Cooperating = Cooperating,
        };
}
