using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>Tracking lists (by status, overdue, upcoming), statistics per agency and send failures.</summary>
public sealed class ReportsApi(ApiKeys keys, PlanRepository plans, TaskQueries queries, TrackingReport report, ReminderLog log, TimeProvider time)
{
    private const int MaxUpcomingDays = 366;
    private const string Reports = "reports";

    /// <summary>Tasks with their status today, filtered by plan, agency and status.</summary>
    [Function("ReportTasks")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/tasks")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RowsAsync(request, request.Query["status"], (tasks, filter) => report.List(tasks, VietnamTime.Today(time), filter), cancellationToken);
    }

    /// <summary>Tasks past their deadline and not reported done.</summary>
    [Function("ReportOverdue")]
    public Task<IResult> OverdueAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/overdue")] HttpRequest request, CancellationToken cancellationToken) =>
        RowsAsync(request, null, (tasks, filter) => report.Overdue(tasks, VietnamTime.Today(time), filter), cancellationToken);

    /// <summary>Tasks not done whose deadline falls within the next days (default 30).</summary>
    [Function("ReportUpcoming")]
    public async Task<IResult> UpcomingAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/upcoming")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var days = 30;
        if (request.Query["days"] is { Count: > 0 } given
            && (!int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) || days > MaxUpcomingDays))
        {
            return Problems.BadRequest("days", ApiMessages.OutOfRange(0, MaxUpcomingDays));
        }

        return await RowsAsync(request, null, (tasks, filter) => report.Upcoming(tasks, VietnamTime.Today(time), days, filter), cancellationToken);
    }

    /// <summary>Per lead agency: done on time, done late, overdue, due soon, in time.</summary>
    [Function("ReportStatistics")]
    public async Task<IResult> StatisticsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/statistics")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        string? planId = request.Query["planId"];
        var (filter, problem) = await ReportQuery.ReadAsync(planId, request.Query["agencyId"], null, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(planId, cancellationToken);
        return TypedResults.Ok(report.PerAgency(tasks, VietnamTime.Today(time), filter!).ToArray());
    }

    /// <summary>Reminder emails that could not be sent.</summary>
    [Function("ReportFailures")]
    public async Task<IResult> FailuresAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Reports + "/failures")] HttpRequest request, CancellationToken cancellationToken) =>
        keys.Refuse(request, ApiRoles.Admin) ?? TypedResults.Ok((await log.ListFailuresAsync(200, cancellationToken)).ToArray());

    private async Task<IResult> RowsAsync(
        HttpRequest request, string? status,
        Func<IReadOnlyList<Core.Reminders.TrackedTask>, TrackingFilter, IReadOnlyList<TaskTracking>> select,
        CancellationToken cancellationToken)
    {
        string? planId = request.Query["planId"];
        var (filter, problem) = await ReportQuery.ReadAsync(planId, request.Query["agencyId"], status, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var tasks = await queries.TrackedAsync(planId, cancellationToken);
        return TypedResults.Ok(select(tasks, filter!).Select(TrackingView.From).ToArray());
    }
}
