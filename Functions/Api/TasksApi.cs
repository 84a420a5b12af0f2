using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>A plan's tasks: list, read, create, replace (If-Match), delete, and staff reporting one done.</summary>
public sealed class TasksApi(
    ApiKeys keys, PlanRepository plans, TaskRepository tasks, TaskEditor editor, TaskViews views, TaskCompletion completion)
{
    private const string Tasks = "plans/{planId}/tasks";
    private const string Task = "plans/{planId}/tasks/{taskId}";

    /// <summary>The plan's tasks and where each stands.</summary>
    [Function("ListTasks")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Tasks)] HttpRequest request, string planId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        return TypedResults.Ok(views.View(await tasks.ListByPlanAsync(planId, cancellationToken), plan).ToArray());
    }

    /// <summary>One task; its ETag header is the version to send back in If-Match.</summary>
    [Function("GetTask")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Task)] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } task)
        {
            return Problems.NotFound("taskId", ApiMessages.TaskNotFound);
        }

        request.HttpContext.Response.Headers.ETag = task.ETag.ToString();
        return TypedResults.Ok(views.View(task, plan));
    }

    /// <summary>The task's occurrences (one per period of a recurring task) and where each stands.</summary>
    [Function("ListTaskOccurrences")]
    public async Task<IResult> OccurrencesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Task + "/occurrences")] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken)
    {
        var found = await completion.FindAsync(planId, taskId, null, null, cancellationToken);
        return found.Refusal is { } refusal
            ? CompletionProblems.Of(refusal)
            : TypedResults.Ok(views.Occurrences(found.Task!, found.Plan).ToArray());
    }

    /// <summary>Add a task to the plan.</summary>
    [Function("CreateTask")]
    public async Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Tasks)] HttpRequest request, string planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (input, refused) = await keys.ReadAsync<TaskInput>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var edit = await editor.AddAsync(planId, input!, cancellationToken);
        if (edit.Task is not { } task)
        {
            return Refusal(edit.Outcome);
        }

        request.HttpContext.Response.Headers.ETag = task.ETag.ToString();
        return TypedResults.Created($"/api/plans/{planId}/tasks/{task.Id}", views.View(task, edit.Plan));
    }

    /// <summary>Replace a task; needs If-Match with the ETag read (412 when someone changed it since).</summary>
    [Function("ReplaceTask")]
    public async Task<IResult> ReplaceAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Task)] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (input, refused) = await keys.ReadAsync<TaskInput>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: true) is { } badIfMatch)
        {
            return badIfMatch;
        }

        var edit = await editor.ReplaceAsync(planId, taskId, input!, ifMatch.Expected, cancellationToken);
        if (edit.Task is not { } replaced)
        {
            return Refusal(edit.Outcome);
        }

        request.HttpContext.Response.Headers.ETag = replaced.ETag.ToString();
        return TypedResults.Ok(views.View(replaced, edit.Plan));
    }

    /// <summary>Delete a task (If-Match optional).</summary>
    [Function("DeleteTask")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Task)] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: false) is { } badIfMatch)
        {
            return badIfMatch;
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } current)
        {
            return Problems.NotFound("taskId", ApiMessages.TaskNotFound);
        }

        var result = await tasks.DeleteAsync(planId, taskId, ifMatch.Expected(current.ETag), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.NoContent(),
            WriteOutcome.NotFound => Problems.NotFound("taskId", ApiMessages.TaskNotFound),
            _ => Problems.Stale(),
        };
    }

    /// <summary>Staff report the task, or one occurrence of it ('occurrence': 2026), done.</summary>
    [Function("ReportTaskDone")]
    public async Task<IResult> DoneAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Task + "/done")] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        DoneInput? input = null;
        if (request.ContentLength is not 0 && !string.IsNullOrEmpty(request.ContentType))
        {
            (input, var invalid) = await JsonBody.ReadAsync<DoneInput>(request, cancellationToken);
            if (invalid is not null)
            {
                return invalid;
            }
        }

        if (input?.DoneOn > views.Today)
        {
            return Problems.BadRequest("doneOn", ApiMessages.FutureDate);
        }

        var by = "staff:" + (request.HttpContext.User.Identity?.Name ?? "?");
        var outcome = await completion.CompleteAsync(
            planId, taskId, FieldErrors.Clean(input?.Occurrence), input?.DoneOn, by, FieldErrors.Clean(input?.Note), cancellationToken);
        return outcome.Refusal is { } refusal ? CompletionProblems.Of(refusal) : TypedResults.Ok(views.View(outcome.Task!, outcome.Plan));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refusal(TaskEditOutcome outcome) => outcome switch
    {
        TaskEditOutcome.PlanNotFound => Problems.NotFound("planId", ApiMessages.PlanNotFound),
        TaskEditOutcome.TaskNotFound => Problems.NotFound("taskId", ApiMessages.TaskNotFound),
        _ => Problems.Stale(),
    };
}
