using DeadlineBot.Core.Reminders;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Q = DeadlineBot.Functions.Api.ReportQuery;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Tracking lists (by status, overdue, upcoming), statistics per agency and send failures. Rows are one-off tasks and
/// occurrences of recurring ones; the query string is read by <see cref="ReportQuery"/>.
/// </summary>
public static class ReportsApi
{
    private static readonly string[] Listed = [Q.PlanId, Q.AgencyId, Q.Status, Q.Period, Q.AsOf];
    private static readonly string[] Filtered = [Q.PlanId, Q.AgencyId, Q.Period, Q.AsOf];
    private static readonly string[] Ahead = [Q.PlanId, Q.AgencyId, Q.Period, Q.AsOf, Q.Days];

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/tasks", ListAsync).WithSummary("Tasks and occurrences with their status, filtered by planId, agencyId, status, period; asOf a day.");
        reports.MapGet("/overdue", OverdueAsync).WithSummary("Tasks and occurrences past their deadline and not reported done.");
        reports.MapGet("/upcoming", UpcomingAsync).WithSummary("Tasks and occurrences not done whose deadline falls within the next days (default 30).");
        reports.MapGet("/statistics", StatisticsAsync).RequireKey(ApiRoles.Admin)
            .WithSummary("Per lead agency, counting occurrences: done on time, done late, overdue, due soon, in time.");
        reports.MapGet("/failures", FailuresAsync).RequireKey(ApiRoles.Admin).WithSummary("Reminder emails that could not be sent.");
        return app;
    }

    private static Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> ListAsync(
        HttpRequest request, PlanRepository plans, TaskQueries queries, TrackingReport report, TimeProvider time, CancellationToken cancellationToken) =>
        RowsAsync(request, Listed, plans, queries, time, (tasks, q) => report.List(tasks, q.Today, q.Filter), cancellationToken);

    private static Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> OverdueAsync(
        HttpRequest request, PlanRepository plans, TaskQueries queries, TrackingReport report, TimeProvider time, CancellationToken cancellationToken) =>
        RowsAsync(request, Filtered, plans, queries, time, (tasks, q) => report.Overdue(tasks, q.Today, q.Filter), cancellationToken);

    private static Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> UpcomingAsync(
        HttpRequest request, PlanRepository plans, TaskQueries queries, TrackingReport report, TimeProvider time, CancellationToken cancellationToken) =>
        RowsAsync(request, Ahead, plans, queries, time, (tasks, q) => report.Upcoming(tasks, q.Today, q.Days, q.Filter), cancellationToken);

    private static async Task<Results<Ok<AgencyStatistics[]>, ProblemHttpResult>> StatisticsAsync(
        HttpRequest request, PlanRepository plans, TaskQueries queries, TrackingReport report, TimeProvider time, CancellationToken cancellationToken)
    {
        var (query, problem) = await Q.ReadAsync(request, Filtered, plans, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(query!.Filter.PlanId, cancellationToken);
        return TypedResults.Ok(report.PerAgency(tasks, query.Today, query.Filter).ToArray());
    }

    private static async Task<Ok<SendFailure[]>> FailuresAsync(ReminderLog log, CancellationToken cancellationToken) =>
        TypedResults.Ok((await log.ListFailuresAsync(200, cancellationToken)).ToArray());

    private static async Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> RowsAsync(
        HttpRequest request, string[] accepted, PlanRepository plans, TaskQueries queries, TimeProvider time,
        Func<IReadOnlyList<TrackedTask>, Q.Request, IReadOnlyList<TaskTracking>> select, CancellationToken cancellationToken)
    {
        var (query, problem) = await Q.ReadAsync(request, accepted, plans, time, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(query!.Filter.PlanId, cancellationToken);
        return TypedResults.Ok(select(tasks, query).Select(TrackingView.From).ToArray());
    }
}
