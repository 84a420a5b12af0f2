using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>Tracking lists (by status, overdue, upcoming), statistics per agency and send failures.</summary>
public static class ReportsApi
{
    private const int MaxUpcomingDays = 366;

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/tasks", ListAsync).WithSummary("Tasks with their status today, filtered by plan, agency and status.");
        reports.MapGet("/overdue", OverdueAsync).WithSummary("Tasks past their deadline and not reported done.");
        reports.MapGet("/upcoming", UpcomingAsync).WithSummary("Tasks not done whose deadline falls within the next days (default 30).");
        reports.MapGet("/statistics", StatisticsAsync).RequireKey(ApiRoles.Admin)
            .WithSummary("Per lead agency: done on time, done late, overdue, due soon, in time.");
        reports.MapGet("/failures", FailuresAsync).RequireKey(ApiRoles.Admin).WithSummary("Reminder emails that could not be sent.");
        return app;
    }

    private static Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> ListAsync(
        string? planId, string? agencyId, string? status, PlanRepository plans, TaskQueries queries, TrackingReport report,
        TimeProvider time, CancellationToken cancellationToken) =>
        RowsAsync(planId, agencyId, status, plans, queries, (tasks, filter) => report.List(tasks, VietnamTime.Today(time), filter), cancellationToken);

    private static Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> OverdueAsync(
        string? planId, string? agencyId, PlanRepository plans, TaskQueries queries, TrackingReport report,
        TimeProvider time, CancellationToken cancellationToken) =>
        RowsAsync(planId, agencyId, null, plans, queries, (tasks, filter) => report.Overdue(tasks, VietnamTime.Today(time), filter), cancellationToken);

    private static async Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> UpcomingAsync(
        string? planId, string? agencyId, int? days, PlanRepository plans, TaskQueries queries, TrackingReport report,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (days is < 0 or > MaxUpcomingDays)
        {
            return Problems.BadRequest("days", ApiMessages.OutOfRange(0, MaxUpcomingDays));
        }

        return await RowsAsync(
            planId, agencyId, null, plans, queries,
            (tasks, filter) => report.Upcoming(tasks, VietnamTime.Today(time), days ?? 30, filter),
            cancellationToken);
    }

    private static async Task<Results<Ok<AgencyStatistics[]>, ProblemHttpResult>> StatisticsAsync(
        string? planId, string? agencyId, PlanRepository plans, TaskQueries queries, TrackingReport report,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReportQuery.ReadAsync(planId, agencyId, null, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(planId, cancellationToken);
        return TypedResults.Ok(report.PerAgency(tasks, VietnamTime.Today(time), filter!).ToArray());
    }

    private static async Task<Ok<SendFailure[]>> FailuresAsync(ReminderLog log, CancellationToken cancellationToken) =>
        TypedResults.Ok((await log.ListFailuresAsync(200, cancellationToken)).ToArray());

    private static async Task<Results<Ok<TrackingView[]>, ProblemHttpResult>> RowsAsync(
        string? planId, string? agencyId, string? status, PlanRepository plans, TaskQueries queries,
        Func<IReadOnlyList<Core.Reminders.TrackedTask>, TrackingFilter, IReadOnlyList<TaskTracking>> select,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = await ReportQuery.ReadAsync(planId, agencyId, status, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(planId, cancellationToken);
        return TypedResults.Ok(select(tasks, filter!).Select(TrackingView.From).ToArray());
    }
}
