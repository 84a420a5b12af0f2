using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// An imported plan as rows to store, taken as the importer read it (no review): the plan's header and reporting
/// day, and each task with the id the reminder policy gives it (its reference, <c>~2</c> for a repeated one). Tracking
/// begins the day it is imported.
/// </summary>
public static class ImportedPlans
{
    public static (StoredPlan Plan, IReadOnlyList<StoredTask> Tasks) ToStored(PlanImport import, string planId, string fileName, DateTimeOffset imported)
    {
        ArgumentNullException.ThrowIfNull(import);
        var header = import.Plan;
        var plan = new StoredPlan(
            planId, header.Number, header.Issuer, header.Place, header.Date, header.Title, fileName, imported,
            import.ReportingRule?.Month, import.ReportingRule?.Day, VietnamTime.DateOf(imported));
        var tracked = ImportedTasks.Track(import, planId);
        var tasks = import.Tasks.Zip(tracked, (task, track) => new StoredTask(
            planId,
            TableKeys.IsValid(track.Id) ? track.Id : StoredTask.NewId(),
            task.Ref,
            task.Title,
            task.Lead,
            task.Cooperating,
            task.ReportTo,
            task.DeadlineText,
            task.Deadline.Schedules,
            task.Deadline.Note,
            Created: track.Created)).ToList();
        return (plan, tasks);
    }
}
