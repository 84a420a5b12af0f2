using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>A plan's tasks: list, read, create, replace (If-Match), delete, and staff reporting one done.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/plans/{planId}/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync).WithSummary("The plan's tasks and where each stands.");
        tasks.MapGet("/{taskId}", GetAsync).WithSummary("One task; its ETag header is the version to send back in If-Match.");
        tasks.MapPost("/", CreateAsync).Validated<TaskInput>().RequireKey(ApiRoles.Staff).WithSummary("Add a task to the plan.");
        tasks.MapPut("/{taskId}", ReplaceAsync).Validated<TaskInput>().RequireKey(ApiRoles.Staff)
            .WithSummary("Replace a task; needs If-Match with the ETag read (412 when someone changed it since).");
        tasks.MapDelete("/{taskId}", DeleteAsync).RequireKey(ApiRoles.Staff).WithSummary("Delete a task (If-Match optional).");
        tasks.MapGet("/{taskId}/occurrences", OccurrencesAsync)
            .WithSummary("The task's occurrences (one per period of a recurring task) and where each stands.");
        tasks.MapPost("/{taskId}/done", DoneAsync).RequireKey(ApiRoles.Staff)
            .WithSummary("Staff report the task, or one occurrence of it ('occurrence': 2026), done.");
        return app;
    }

    private static async Task<Results<Ok<TaskView[]>, ProblemHttpResult>> ListAsync(
        string planId, PlanRepository plans, TaskRepository tasks, TaskViews views, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        return TypedResults.Ok(views.View(await tasks.ListByPlanAsync(planId, cancellationToken), plan).ToArray());
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(
        string planId, string taskId, HttpResponse response, PlanRepository plans, TaskRepository tasks, TaskViews views,
        CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } task)
        {
            return Problems.NotFound("taskId", ApiMessages.TaskNotFound);
        }

        response.Headers.ETag = task.ETag.ToString();
        return TypedResults.Ok(views.View(task, plan));
    }

    private static async Task<Results<Ok<OccurrenceView[]>, ProblemHttpResult>> OccurrencesAsync(
        string planId, string taskId, TaskCompletion completion, TaskViews views, CancellationToken cancellationToken)
    {
        var found = await completion.FindAsync(planId, taskId, null, null, cancellationToken);
        return found.Refusal is { } refusal
            ? CompletionProblems.Of(refusal)
            : TypedResults.Ok(views.Occurrences(found.Task!, found.Plan).ToArray());
    }

    private static async Task<Results<Created<TaskView>, ProblemHttpResult>> CreateAsync(
        string planId, TaskInput input, HttpResponse response, PlanRepository plans, TaskRepository tasks, PlanStore store,
        TaskBuilder factory, TaskViews views, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        var position = (await tasks.ListByPlanAsync(planId, cancellationToken)).Count;
        var task = factory.Build(input, planId, StoredTask.NewId(), plan.Date, views.Today, position);
        var added = await tasks.AddAsync(task, cancellationToken);
        await store.AddUnknownAgenciesAsync(TaskBuilder.NamesIn(task), cancellationToken);
        task = task with { ETag = added.ETag };
        response.Headers.ETag = added.ETag.ToString();
        return TypedResults.Created($"/api/plans/{planId}/tasks/{task.Id}", views.View(task, plan));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ReplaceAsync(
        string planId, string taskId, TaskInput input, HttpRequest request, HttpResponse response, PlanRepository plans,
        TaskRepository tasks, PlanStore store, TaskBuilder factory, TaskViews views, CancellationToken cancellationToken)
    {
        if (Problems.IfMatch(request) is not { } ifMatch)
        {
            return Problems.IfMatchNeeded();
        }

        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } current)
        {
            return Problems.NotFound("taskId", ApiMessages.TaskNotFound);
        }

        var replacement = factory.Build(input, planId, taskId, plan.Date, views.Today, 0) with
        {
            Ref = FieldErrors.Clean(input.Ref) ?? current.Ref,
            DoneOn = current.DoneOn,
            Created = current.Created,
            Completions = current.Completions,
            ETag = Problems.Expected(ifMatch, current.ETag),
        };
        var result = await tasks.UpdateAsync(replacement, cancellationToken);
        if (!result.Saved)
        {
            return result.Outcome == WriteOutcome.NotFound ? Problems.NotFound("taskId", ApiMessages.TaskNotFound) : Problems.Stale();
        }

        await store.AddUnknownAgenciesAsync(TaskBuilder.NamesIn(replacement), cancellationToken);
        response.Headers.ETag = result.ETag.ToString();
        return TypedResults.Ok(views.View(replacement with { ETag = result.ETag }, plan));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string planId, string taskId, HttpRequest request, TaskRepository tasks, CancellationToken cancellationToken)
    {
        if (await tasks.GetAsync(planId, taskId, cancellationToken) is not { } current)
        {
            return Problems.NotFound("taskId", ApiMessages.TaskNotFound);
        }

        var result = await tasks.DeleteAsync(planId, taskId, Problems.Expected(Problems.IfMatch(request), current.ETag), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.NoContent(),
            WriteOutcome.NotFound => Problems.NotFound("taskId", ApiMessages.TaskNotFound),
            _ => Problems.Stale(),
        };
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> DoneAsync(
        string planId, string taskId, DoneInput? input, HttpContext context, TaskCompletion completion, TaskViews views,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("note", input?.Note, Limits.Note, required: false);
        errors.Date("doneOn", input?.DoneOn);
        if (input?.DoneOn > views.Today)
        {
            errors.Add("doneOn", ApiMessages.FutureDate);
        }

        if (errors.Any)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = 400 });
        }

        var by = "staff:" + (context.User.Identity?.Name ?? "?");
        var outcome = await completion.CompleteAsync(
            planId, taskId, FieldErrors.Clean(input?.Occurrence), input?.DoneOn, by, FieldErrors.Clean(input?.Note), cancellationToken);
        return outcome.Refusal is { } refusal ? CompletionProblems.Of(refusal) : TypedResults.Ok(views.View(outcome.Task!, outcome.Plan));
    }
}
