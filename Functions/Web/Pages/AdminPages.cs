using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The admins' dashboard (with the dry run for <c>?dryRun=yyyy-MM-dd</c>) and re-driving a failed digest.</summary>
public sealed class AdminPages(
    WebGuard guard, TaskQueries queries, TrackingReport report, TaskViews views, FailedDigests failed, DigestRecovery recovery, DeliveryDesk desk, DryRun dryRun)
{
    private const int LongestOverdueRows = 10;

    [Function("WebDashboard")]
    public async Task<IResult> DashboardAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/admin")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (page, refused) = await guard.EnterAsync(request, ApiRoles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var today = views.Today;
        var tracked = await queries.TrackedAsync(null, cancellationToken);
        var all = report.List(tracked, today, TrackingFilter.All);
        var dryRunDate = Dates.TryRead(request.Query["dryRun"], out var asked) ? asked : today;
        var model = new DashboardView.Model(
            all,
            report.PerAgency(tracked, today, TrackingFilter.All),
            report.Upcoming(tracked, today, 14, TrackingFilter.All),
            [.. report.Overdue(tracked, today, TrackingFilter.All).OrderBy(t => t.DaysLeft).Take(LongestOverdueRows)],
            await failed.ListAsync(cancellationToken),
            dryRunDate,
            request.Query.ContainsKey("dryRun") ? await dryRun.PlanAsync(dryRunDate, cancellationToken) : null)
        {
            Message = request.Query["redriven"].Count > 0 ? WebText.Redriven
                : request.Query["dismissed"].Count > 0 ? WebText.Dismissed
                : request.Query["stuck"].Count > 0 ? WebText.NotRedrivable : null,
        };
        return DashboardView.Page(page!, model);
    }

    [Function("WebRedriveDigest")]
    public async Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/admin/digests/{digestId}/redrive")] HttpRequest request,
        string digestId, CancellationToken cancellationToken)
    {
        var (_, refused) = await guard.EnterAsync(request, ApiRoles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var redriven = await recovery.RedriveAsync(digestId, cancellationToken) is not null;
        return Results.Redirect(WebPaths.To("admin") + (redriven ? "?redriven=1" : "?stuck=1"));
    }

    /// <summary>Takes a failed digest off the list without sending it (its cause will not be fixed).</summary>
    [Function("WebDismissDigest")]
    public async Task<IResult> DismissAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/admin/digests/{digestId}/dismiss")] HttpRequest request,
        string digestId, CancellationToken cancellationToken)
    {
        var (_, refused) = await guard.EnterAsync(request, ApiRoles.Admin);
        if (refused is not null)
        {
            return refused;
        }

        var (outcome, _) = await desk.DismissAsync(digestId, cancellationToken);
        return Results.Redirect(WebPaths.To("admin") + (outcome == Storage.WriteOutcome.Saved ? "?dismissed=1" : "?stuck=1"));
    }
}
