using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// Records that a task is done, for staff and for agencies through a signed link. An agency may report only a task
/// it leads. Reporting a task already done changes nothing, so a link clicked twice is harmless.
/// </summary>
public sealed class TaskCompletion(PlanRepository plans, TaskRepository tasks, TimeProvider time, ILogger<TaskCompletion> logger)
{
    /// <summary>Loads the task, refusing it when it does not exist or <paramref name="agency"/> does not lead it.</summary>
    public async Task<CompletionOutcome> FindAsync(string planId, string taskId, AgencyId? agency, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return CompletionOutcome.Refused(Problems.NotFound("planId", ApiMessages.PlanNotFound));
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } task)
        {
            return CompletionOutcome.Refused(Problems.NotFound("taskId", ApiMessages.TaskNotFound));
        }

        if (agency is { } id && !AgencyIds.AnyIs(task.Lead, id))
        {
            logger.LogWarning("Agency {AgencyId} tried to report task {PlanId}/{TaskId}, which it does not lead", id.Value, planId, taskId);
            return CompletionOutcome.Refused(Problems.Field(StatusCodes.Status403Forbidden, "agencyId", ApiMessages.LinkNotYours));
        }

        return new CompletionOutcome(plan, task, task.DoneOn is not null, null);
    }

    public async Task<CompletionOutcome> CompleteAsync(
        string planId, string taskId, DateOnly? doneOn, string reportedBy, string? note, CancellationToken cancellationToken, AgencyId? agency = null)
    {
        var found = await FindAsync(planId, taskId, agency, cancellationToken);
        if (found.Problem is not null || found.AlreadyDone)
        {
            return found;
        }

        var report = new CompletionReport(planId, taskId, doneOn ?? VietnamTime.Today(time), time.GetUtcNow(), reportedBy, note);
        var result = await tasks.MarkDoneAsync(report, found.Task!.ETag, cancellationToken);
        if (!result.Saved)
        {
            return CompletionOutcome.Refused(
                result.Outcome == WriteOutcome.NotFound ? Problems.NotFound("taskId", ApiMessages.TaskNotFound) : Problems.Stale());
        }

        logger.LogInformation("Task {PlanId}/{TaskId} reported done on {DoneOn} by {ReportedBy}", planId, taskId, report.DoneOn, reportedBy);
        return found with { Task = await tasks.GetAsync(planId, taskId, cancellationToken) };
    }
}
