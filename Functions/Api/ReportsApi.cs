using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Exports;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Q = DeadlineBot.Functions.Api.ReportQuery;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Tracking lists (by status, overdue, upcoming), statistics per agency and send failures. Rows are one-off tasks and
/// occurrences of recurring ones; the query string is read by <see cref="ReportQuery"/>. With <c>format=csv|xlsx</c>
/// a list or the statistics come as a file (<see cref="TaskListExport"/>), under the same key rules as the JSON.
/// </summary>
public sealed class ReportsApi(
    ApiKeys keys, PlanRepository plans, TaskQueries queries, TrackingReport report, ReminderLog log, TaskListExport export, TimeProvider time)
{
    private const string Reports = "reports";
    private static readonly string[] Listed = [Q.PlanId, Q.AgencyId, Q.Status, Q.Period, Q.AsOf, Q.Format];
    private static readonly string[] Filtered = [Q.PlanId, Q.AgencyId, Q.Period, Q.AsOf, Q.Format];
    private static readonly string[] Ahead = [Q.PlanId, Q.AgencyId, Q.Period, Q.AsOf, Q.Days, Q.Format];

    /// <summary>Tasks and occurrences with their status, filtered by planId, agencyId, status, period; asOf a day.</summary>
    [Function("ReportTasks")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/tasks")] HttpRequest request, CancellationToken cancellationToken) =>
        RowsAsync(request, Listed, ExportList.Tasks, (tasks, q) => report.List(tasks, q.Today, q.Filter), cancellationToken);

    /// <summary>Tasks and occurrences past their deadline and not reported done.</summary>
    [Function("ReportOverdue")]
    public Task<IResult> OverdueAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/overdue")] HttpRequest request, CancellationToken cancellationToken) =>
        RowsAsync(request, Filtered, ExportList.Overdue, (tasks, q) => report.Overdue(tasks, q.Today, q.Filter), cancellationToken);

    /// <summary>Tasks and occurrences not done whose deadline falls within the next days (default 30).</summary>
    [Function("ReportUpcoming")]
    public Task<IResult> UpcomingAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/upcoming")] HttpRequest request, CancellationToken cancellationToken) =>
        RowsAsync(request, Ahead, ExportList.Upcoming, (tasks, q) => report.Upcoming(tasks, q.Today, q.Days, q.Filter), cancellationToken);

    /// <summary>Per lead agency, counting occurrences: done on time, done late, overdue, due soon, in time.</summary>
    [Function("ReportStatistics")]
    public async Task<IResult> StatisticsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/statistics")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        var (query, problem) = await Q.ReadAsync(request, Filtered, plans, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(query!.Filter.PlanId, cancellationToken);
        var rows = report.PerAgency(tasks, query.Today, query.Filter);
        if (query.Format is { } format)
        {
            var file = export.FileFor(ExportList.Statistics, format, query.Today);
            return TypedResults.File(await export.StatisticsAsync(format, rows, cancellationToken), file.ContentType, file.FileName);
        }

        return TypedResults.Ok(rows.ToArray());
    }

    /// <summary>Reminder emails that could not be sent.</summary>
    [Function("ReportFailures")]
    public async Task<IResult> FailuresAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/failures")] HttpRequest request, CancellationToken cancellationToken) =>
        keys.Refuse(request, ApiRoles.Admin) ?? TypedResults.Ok((await log.ListFailuresAsync(200, cancellationToken)).ToArray());

    private async Task<IResult> RowsAsync(
        HttpRequest request, string[] accepted, ExportList list, Func<IReadOnlyList<TrackedTask>, Q.Request, IReadOnlyList<TaskTracking>> select,
        CancellationToken cancellationToken)
    {
        var (query, problem) = await Q.ReadAsync(request, accepted, plans, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(query!.Filter.PlanId, cancellationToken);
        var rows = select(tasks, query);
        if (query.Format is { } format)
        {
            var file = export.FileFor(list, format, query.Today);
            return TypedResults.File(await export.TasksAsync(format, rows, cancellationToken), file.ContentType, file.FileName);
        }

        return TypedResults.Ok(rows.Select(TrackingView.From).ToArray());
    }
}
