using DeadlineBot.Core.Plans;

namespace DeadlineBot.Core.Reminders;

/// <summary>Tasks of an imported plan as the reminder policy sees them, before they are stored.</summary>
public static class ImportedTasks
{
    /// <summary>
    /// One <see cref="TrackedTask"/> per imported task. Its id is its reference in the plan; a reference the plan repeats by
    /// mistake (two <c>d)</c> in a row) gets <c>~2</c>, <c>~3</c>… so that every reminder key stays distinct. Occurrences
    /// of recurring tasks count from the plan's date; yearly tasks without a day fall on the plan's reporting day. When the
    /// plan is confirmed on <paramref name="trackedFrom"/>, occurrences due before it are before tracking.
    /// </summary>
    public static IReadOnlyList<TrackedTask> Track(PlanImport import, string planId, DateOnly? trackedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(import);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var tasks = new List<TrackedTask>(import.Tasks.Count);
        foreach (var task in import.Tasks)
        {
            var count = seen[task.Ref] = seen.GetValueOrDefault(task.Ref) + 1;
            tasks.Add(new TrackedTask(
                count == 1 ? task.Ref : $"{task.Ref}~{count}",
                planId,
                task.Ref,
                task.Title,
                import.Plan.Title ?? import.Plan.Number,
                task.Lead,
                task.ReportTo,
                task.Deadline.Schedules,
                Created: import.Plan.Date,
                YearlyDueDay: import.ReportingRule is { } rule ? (rule.Month, rule.Day) : null)
            {
                TrackedFrom = trackedFrom,
                PlanNumber = import.Plan.Number,
            });
        }

        return tasks;
    }

    /// <summary>
    /// What confirming the plan on <paramref name="confirmed"/> would track: each recurring task's occurrences from its
    /// first counted one to the next after that day, those due before it marked as not tracked.
    /// </summary>
    public static IReadOnlyList<OccurrencePreview> Preview(PlanImport import, DateOnly confirmed) =>
        [.. Track(import, "preview", confirmed)
            .SelectMany(task => TaskOccurrences.Current(task, confirmed)
                .Where(o => o.IsRecurring)
                .Select(o => new OccurrencePreview(task.Ref, o.Id, o.Label, o.Due, !TaskOccurrences.IsBeforeTracking(task, o))))];
}
