using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The admins' dashboard (with the dry run for <c>?dryRun=yyyy-MM-dd</c>) and re-driving a failed digest.</summary>
public sealed class AdminPages(
    PageEntry entry, TaskQueries queries, TrackingReport report, TaskViews views, FailedDigests failed, DigestRecovery recovery, DeliveryDesk desk, DryRun dryRun)
{
    private const int LongestOverdueRows = 10;

    [Function("WebDashboard")]
    public Task<IResult> DashboardAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/admin")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.AsAdminAsync(request, async page =>
        {
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
            return DashboardView.Page(page, model);
        });

    [Function("WebRedriveDigest")]
    public Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/admin/digests/{digestId}/redrive")] HttpRequest request,
        string digestId, CancellationToken cancellationToken) =>
        entry.AsAdminAsync(request, async _ => BackToDashboard(await recovery.RedriveAsync(digestId, cancellationToken) is not null, "?redriven=1"));

    /// <summary>Takes a failed digest off the list without sending it (its cause will not be fixed).</summary>
    [Function("WebDismissDigest")]
    public Task<IResult> DismissAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/admin/digests/{digestId}/dismiss")] HttpRequest request,
        string digestId, CancellationToken cancellationToken) =>
        entry.AsAdminAsync(request, async _ => BackToDashboard((await desk.DismissAsync(digestId, cancellationToken)).Outcome == Storage.WriteOutcome.Saved, "?dismissed=1"));

    /// <summary>The dashboard, saying what became of a failed digest: <paramref name="done"/>, or that it is stuck.</summary>
    private static IResult BackToDashboard(bool done, string doneQuery) => Results.Redirect(WebPaths.To("admin") + (done ? doneQuery : "?stuck=1"));
}
