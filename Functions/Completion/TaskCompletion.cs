using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// Records that a task, or one occurrence of a recurring task, is done, for staff and for agencies through a signed
/// link. An agency may report only a task it leads. Without an occurrence, a recurring task's is the one it stands at
/// today (its oldest overdue one, else the next). Reporting what is already done changes nothing, so a link clicked
/// twice is harmless; reporting one occurrence leaves the others open.
/// </summary>
public sealed class TaskCompletion(
    PlanRepository plans, TaskRepository tasks, TrackingReport report, TimeProvider time, ILogger<TaskCompletion> logger)
{
    /// <summary>Loads the task and its occurrence, refusing them when they do not exist or <paramref name="agency"/> does not lead the task.</summary>
    public async Task<CompletionOutcome> FindAsync(
        string planId, string taskId, string? occurrence, AgencyId? agency, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return CompletionOutcome.Refused(CompletionRefusal.PlanNotFound);
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } task)
        {
            return CompletionOutcome.Refused(CompletionRefusal.TaskNotFound);
        }

        if (agency is { } id && !AgencyIds.AnyIs(task.Lead, id))
        {
            logger.LogWarning("Agency {AgencyId} tried to report task {PlanId}/{TaskId}, which it does not lead", id.Value, planId, taskId);
            return CompletionOutcome.Refused(CompletionRefusal.NotYours);
        }

        if (!task.IsRecurring)
        {
            var once = task.CompletionOf(Occurrence.Once);
            return new CompletionOutcome(plan, task, null, once, task.DoneOn is not null, null);
        }

        var tracked = task.ToTracked(plan);
        var wanted = string.IsNullOrEmpty(occurrence)
            ? report.Rules.Evaluate(tracked, VietnamTime.Today(time)).Occurrence
            : TaskOccurrences.Find(tracked, occurrence);
        if (wanted is null)
        {
            // Asked for none and none is current (a rule with no occurrence left): the task alone, nothing to report.
            return string.IsNullOrEmpty(occurrence)
                ? new CompletionOutcome(plan, task, null, null, false, null)
                : CompletionOutcome.Refused(CompletionRefusal.OccurrenceNotFound);
        }

        var done = task.CompletionOf(wanted.Id);
        return new CompletionOutcome(plan, task, wanted, done, done is not null, null);
    }

    public async Task<CompletionOutcome> CompleteAsync(
        string planId, string taskId, string? occurrence, DateOnly? doneOn, string reportedBy, string? note,
        CancellationToken cancellationToken, AgencyId? agency = null)
    {
        var found = await FindAsync(planId, taskId, occurrence, agency, cancellationToken);
        if (found.Refusal is not null || found.AlreadyDone)
        {
            return found;
        }

        if (found.Task!.IsRecurring && found.Occurrence is null)
        {
            return CompletionOutcome.Refused(CompletionRefusal.OccurrenceNotFound);
        }

        note = note is { Length: > Limits.Note } ? note[..Limits.Note] : note; // a longer note is cut, not refused
        var completion = new CompletionReport(
            planId, taskId, doneOn ?? VietnamTime.Today(time), time.GetUtcNow(), reportedBy, note, found.Occurrence?.Id, found.Occurrence?.Due);
        var result = await tasks.MarkDoneAsync(completion, found.Task!.ETag, cancellationToken);
        if (!result.Saved)
        {
            return CompletionOutcome.Refused(result.Outcome == WriteOutcome.NotFound ? CompletionRefusal.TaskNotFound : CompletionRefusal.Stale);
        }

        logger.LogInformation(
            "Task {PlanId}/{TaskId} occurrence {Occurrence} reported done on {DoneOn} by {ReportedBy}",
            planId, taskId, completion.Occurrence ?? "(one-off)", completion.DoneOn, reportedBy);
        return found with { Task = await tasks.GetAsync(planId, taskId, cancellationToken), Report = completion };
    }
}
