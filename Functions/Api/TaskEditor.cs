using Azure;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Adds a task to a plan, or replaces one on the version it was read at, and adds to the directory the agencies it
/// names that the directory did not know: the one place both the HTTP API and the web app edit tasks.
/// </summary>
public sealed class TaskEditor(PlanRepository plans, TaskRepository tasks, PlanStore store, TaskBuilder factory, TaskViews views)
{
    /// <summary>Adds <paramref name="input"/> (already validated) at the end of the plan.</summary>
    public async Task<TaskEdit> AddAsync(string planId, TaskInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return TaskEdit.Refused(TaskEditOutcome.PlanNotFound);
        }

        var position = (await tasks.ListByPlanAsync(planId, cancellationToken)).Count;
        var task = factory.Build(input, planId, StoredTask.NewId(), plan.Date, views.Today, position);
        var added = await tasks.AddAsync(task, cancellationToken);
        await store.AddUnknownAgenciesAsync(TaskBuilder.NamesIn(task), cancellationToken);
        return new TaskEdit(plan, task with { ETag = added.ETag }, TaskEditOutcome.Saved);
    }

    /// <summary>
    /// Replaces the task's fields with <paramref name="input"/> (already validated), keeping its reports, if it is still
    /// at <paramref name="expected"/> (given the version just read: any version).
    /// </summary>
    public async Task<TaskEdit> ReplaceAsync(
        string planId, string taskId, TaskInput input, Func<ETag, ETag> expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return TaskEdit.Refused(TaskEditOutcome.PlanNotFound);
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } current)
        {
            return TaskEdit.Refused(TaskEditOutcome.TaskNotFound, plan);
        }

        var replacement = factory.Build(input, planId, taskId, plan.Date, views.Today, 0) with
        {
            Ref = FieldErrors.Clean(input.Ref) ?? current.Ref,
            DoneOn = current.DoneOn,
            Created = current.Created,
            Completions = current.Completions,
            ETag = expected(current.ETag),
        };
        var result = await tasks.UpdateAsync(replacement, cancellationToken);
        if (!result.Saved)
        {
            return TaskEdit.Refused(result.Outcome == WriteOutcome.NotFound ? TaskEditOutcome.TaskNotFound : TaskEditOutcome.Stale, plan);
        }

        await store.AddUnknownAgenciesAsync(TaskBuilder.NamesIn(replacement), cancellationToken);
        return new TaskEdit(plan, replacement with { ETag = result.ETag }, TaskEditOutcome.Saved);
    }
}
