using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Feeds;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// The agency directory, one agency's page (its open tasks, its calendar feed, the edit form), editing its names and
/// addresses on the version read, and revoking its feed address.
/// </summary>
public sealed class AgencyPages(
    PageEntry entry, AgencyRepository agencies, AgencyEditor editor, AgencyFeeds feeds, TaskQueries queries, TrackingReport report, TaskViews views)
{
    private const string One = WebPaths.Route + "/agencies/{agencyId}";

    [Function("WebAgencies")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/agencies")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page => AgencyViews.Directory(page, await agencies.ListAsync(cancellationToken)));

    [Function("WebAgency")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = One)] HttpRequest request, string agencyId, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, page =>
        {
            var message = request.Query["saved"].Count > 0 ? WebText.Saved : request.Query["revoked"].Count > 0 ? WebText.FeedRevoked : null;
            return PageAsync(page, agencyId, null, null, message, StatusCodes.Status200OK, cancellationToken);
        });

    [Function("WebEditAgency")]
    public Task<IResult> EditAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = One)] HttpRequest request, string agencyId, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var form = AgencyForm.Read(await request.ReadFormAsync(cancellationToken));
            var errors = form.Validate();
            if (errors.Count > 0)
            {
                return await PageAsync(page, agencyId, form, errors, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
            }

            var edit = await editor.ReplaceAsync(agencyId, form.Input, _ => Versions.Given(form.ETag), cancellationToken);
            return edit.Outcome switch
            {
                AgencyEditOutcome.Saved => Results.Redirect(WebPaths.Agency(agencyId) + "?saved=1"),
                AgencyEditOutcome.Stale => await PageAsync(page, agencyId, form with { ETag = edit.Agency!.ETag.ToString() }, null, WebText.StaleAgency,
                    StatusCodes.Status409Conflict, cancellationToken),
                AgencyEditOutcome.NameIsKey => await PageAsync(page, agencyId, form, new Dictionary<string, string[]> { ["name"] = [ApiMessages.NameIsKey] }, null,
                    StatusCodes.Status422UnprocessableEntity, cancellationToken),
                _ => ErrorView.NotFound(page.User, WebText.AgencyNotFound),
            };
        });

    /// <summary>Revokes the agency's feed address (a copy that leaked stops working); the page then shows a new one.</summary>
    [Function("WebRevokeAgencyFeed")]
    public Task<IResult> RevokeFeedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = One + "/feed/revoke")] HttpRequest request, string agencyId,
        CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page => AgencyId.TryParse(agencyId, out var id) && await feeds.RevokeAsync(id, cancellationToken)
            ? Results.Redirect(WebPaths.Agency(agencyId) + "?revoked=1")
            : ErrorView.NotFound(page.User, WebText.AgencyNotFound));

    /// <summary>
    /// The agency's page: its feed address first (made when it has none, which changes the agency's version), then the
    /// agency as stored now, its open tasks, and the form (<paramref name="form"/> as typed, else the stored values).
    /// </summary>
    private async Task<IResult> PageAsync(
        WebPage page, string agencyId, AgencyForm? form, IReadOnlyDictionary<string, string[]>? errors, string? message, int status,
        CancellationToken cancellationToken)
    {
        if (!AgencyId.TryParse(agencyId, out var id) || await feeds.UrlAsync(id, cancellationToken) is not { } feed
            || await agencies.GetAsync(id, cancellationToken) is not { } agency)
        {
            return ErrorView.NotFound(page.User, WebText.AgencyNotFound);
        }

        var open = report.List(await queries.TrackedAsync(null, cancellationToken), views.Today, new TrackingFilter(Agency: id))
            .Where(r => !r.IsDone && r.Status != TrackingStatus.BeforeTracking).ToList();
        return AgencyViews.Page(page, agency, open, WebExports.Feed(feed, agencyId, page), form ?? AgencyForm.Of(agency), errors, message, status);
    }
}
