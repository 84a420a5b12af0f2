using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Exports;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The web app's downloads: the task list as filtered on the page (words included), and the statistics per agency, as CSV or XLSX.</summary>
public sealed class ExportPages(PageEntry entry, TaskQueries queries, TrackingReport report, TaskViews views, TaskListExport export)
{
    [Function("WebExportTasks")]
    public Task<IResult> TasksAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/tasks/export")] HttpRequest request, CancellationToken cancellationToken) =>
        FileAsync(request, ApiRoles.Staff, async format =>
        {
            var query = TaskListQuery.Read(request.Query);
            var search = new WordSearch(query.Words);
            var rows = report.List(await queries.TrackedAsync(query.Filter.PlanId, cancellationToken), views.Today, query.Filter)
                .Where(r => search.Matches([r.Task.Ref, r.Task.Title, r.Task.PlanTitle, .. r.Task.Lead]))
                .ToList();
            var file = export.FileFor(ExportList.Tasks, format, views.Today);
            return Results.File(await export.TasksAsync(format, rows, cancellationToken), file.ContentType, file.FileName);
        });

    [Function("WebExportStatistics")]
    public Task<IResult> StatisticsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/admin/statistics")] HttpRequest request,
        CancellationToken cancellationToken) =>
        FileAsync(request, ApiRoles.Admin, async format =>
        {
            var rows = report.PerAgency(await queries.TrackedAsync(null, cancellationToken), views.Today, TrackingFilter.All);
            var file = export.FileFor(ExportList.Statistics, format, views.Today);
            return Results.File(await export.StatisticsAsync(format, rows, cancellationToken), file.ContentType, file.FileName);
        });

    /// <summary>As <paramref name="role"/>, in the format the query names (<c>?format=csv|xlsx</c>); any other is a 400 page.</summary>
    private Task<IResult> FileAsync(HttpRequest request, string role, Func<ExportFormat, Task<IResult>> handle) =>
        entry.AsAsync(request, role, async page => ExportFormats.TryParse(request.Query["format"], out var format)
            ? await handle(format)
            : ErrorView.Page(StatusCodes.Status400BadRequest, WebText.Export, WebText.BadFormat, page.User));
}
