using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>Tasks: the filtered list, one task's page, editing it on the version read, reporting it done, adding one to a plan.</summary>
public sealed class TaskPages(
    PageEntry entry, PlanRepository plans, TaskRepository tasks, AgencyRepository agencies, TaskQueries queries, TrackingReport report,
    TaskViews views, TaskEditor editor, TaskCompletion completion, ReminderLog log)
{
    private const string One = WebPaths.Route + "/tasks/{planId}/{taskId}";

    [Function("WebTasks")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/tasks")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var query = TaskListQuery.Read(request.Query);
            var search = new WordSearch(query.Words);
            var tracked = await queries.TrackedAsync(query.Filter.PlanId, cancellationToken);
            var rows = report.List(tracked, views.Today, query.Filter)
                .Where(r => search.Matches([r.Task.Ref, r.Task.Title, r.Task.PlanTitle, .. r.Task.Lead]))
                .ToList();
            return TaskListView.Page(page, query, await plans.ListAsync(cancellationToken), await agencies.ListAsync(cancellationToken), rows,
                WebExports.ListLinks(query));
        });

    [Function("WebTask")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = One)] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var model = await ModelAsync(planId, taskId, cancellationToken);
            var message = request.Query["saved"].Count > 0 ? WebText.Saved : request.Query["done"].Count > 0 ? WebText.DoneRecorded : null;
            return model is null ? ErrorView.NotFound(page.User, WebText.TaskNotFound) : TaskDetailView.Page(page, model with { Message = message });
        });

    [Function("WebEditTask")]
    public Task<IResult> EditAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = One)] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var form = TaskForm.Read(await request.ReadFormAsync(cancellationToken));
            var errors = form.Validate();
            if (errors.Count > 0)
            {
                return await AgainAsync(page, planId, taskId, m => m with { Form = form, Errors = errors }, StatusCodes.Status422UnprocessableEntity, cancellationToken);
            }

            var edit = await editor.ReplaceAsync(planId, taskId, form.Input, _ => Versions.Given(form.ETag), cancellationToken);
            return edit.Outcome switch
            {
                TaskEditOutcome.Saved => Results.Redirect(WebPaths.Task(planId, taskId) + "?saved=1"),
                TaskEditOutcome.Stale => await AgainAsync(
                    page, planId, taskId, m => m with { Stored = m.Task, Form = form with { ETag = m.Task.ETag } }, StatusCodes.Status409Conflict, cancellationToken),
                _ => ErrorView.NotFound(page.User, WebText.TaskNotFound),
            };
        });

    [Function("WebReportTaskDone")]
    public Task<IResult> DoneAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = One + "/done")] HttpRequest request, string planId, string taskId,
        CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var occurrence = form["occurrence"].ToString() is { Length: > 0 } o ? o : null;
            var note = Api.Validation.FieldErrors.Clean(form["note"].ToString());
            var outcome = await completion.CompleteAsync(planId, taskId, occurrence, null, "staff:" + page.User!.Name, note, cancellationToken);
            return outcome.Refusal is { } refusal
                ? ErrorView.Page(StatusCodes.Status409Conflict, WebText.ReportDone, CompletionPage.Reason(refusal), page.User)
                : Results.Redirect(WebPaths.Task(planId, taskId) + "?done=1");
        });

    [Function("WebNewTask")]
    public Task<IResult> NewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/plans/{planId}/tasks/new")] HttpRequest request, string planId,
        CancellationToken cancellationToken) =>
        entry.WithPlanAsync(request, planId, (page, plan) => Task.FromResult<IResult>(TaskFormView.NewTask(page, plan, new TaskForm(new Api.Models.TaskInput(), null), null)),
            cancellationToken);

    [Function("WebAddTask")]
    public Task<IResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/plans/{planId}/tasks")] HttpRequest request, string planId,
        CancellationToken cancellationToken) =>
        entry.WithPlanAsync(request, planId, async (page, plan) =>
        {
            var form = TaskForm.Read(await request.ReadFormAsync(cancellationToken));
            var errors = form.Validate();
            if (errors.Count > 0)
            {
                return TaskFormView.NewTask(page, plan, form, errors, StatusCodes.Status422UnprocessableEntity);
            }

            var edit = await editor.AddAsync(planId, form.Input, cancellationToken);
            return edit.Task is { } task ? Results.Redirect(WebPaths.Task(planId, task.Id) + "?saved=1") : ErrorView.NotFound(page.User, WebText.PlanNotFound);
        }, cancellationToken);

    private async Task<TaskDetailView.Model?> ModelAsync(string planId, string taskId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan || await tasks.GetAsync(planId, taskId, cancellationToken) is not { } task)
        {
            return null;
        }

        var view = views.View(task, plan);
        return new TaskDetailView.Model(
            plan, view, views.Occurrences(task, plan), await log.DigestsOfTaskAsync(planId, taskId, cancellationToken), TaskForm.Of(view));
    }

    private async Task<IResult> AgainAsync(
        WebPage page, string planId, string taskId, Func<TaskDetailView.Model, TaskDetailView.Model> change, int status, CancellationToken cancellationToken) =>
        await ModelAsync(planId, taskId, cancellationToken) is { } model
            ? TaskDetailView.Page(page, change(model), status)
            : ErrorView.NotFound(page.User, WebText.TaskNotFound);
}
