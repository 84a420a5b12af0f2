using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Turns a validated <see cref="TaskInput"/> into a <see cref="StoredTask"/>: names to canonical agency names (NFC),
/// schedules as given or read again from the deadline text, relative to the plan's date.
/// </summary>
public sealed class TaskBuilder(AgencyDirectory agencies, DeadlineParser deadlines)
{
    public StoredTask Build(TaskInput input, string planId, string taskId, DateOnly? issued, DateOnly today, int position)
    {
        ArgumentNullException.ThrowIfNull(input);
        var deadlineText = FieldErrors.Clean(input.DeadlineText);
        var parsed = input.GivenSchedules is null && deadlineText is not null ? deadlines.Parse(deadlineText, issued ?? today) : null;
        IReadOnlyList<Schedule> schedules = input.GivenSchedules is { } given ? [.. given.Select(s => s.ToSchedule())] : parsed?.Schedules ?? [];
        return new StoredTask(
            planId,
            taskId,
            FieldErrors.Clean(input.Ref) ?? (position + 1).ToString(CultureInfo.InvariantCulture),
            FieldErrors.Clean(input.Title)!,
            Canonical(input.Lead),
            Canonical(input.Cooperating),
            FieldErrors.Clean(input.ReportTo) is { } reportTo ? agencies.Canonical(reportTo) : null,
            deadlineText,
            schedules,
            FieldErrors.Clean(input.Note ?? input.Deadline?.Note) ?? parsed?.Note,
            Created: today);
    }

    /// <summary>Every agency name a task mentions (leads, cooperating, report-to), canonical.</summary>
    public static IEnumerable<string> NamesIn(StoredTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Lead.Concat(task.Cooperating).Concat(task.ReportTo is { } r ? [r] : []);
    }

    private List<string> Canonical(IList<string>? names) =>
        [.. (names ?? []).Select(n => agencies.Canonical(n)).Distinct(StringComparer.Ordinal)];
}
