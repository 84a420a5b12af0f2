using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The agency directory, one agency's page with its open tasks and feed, and editing its names and addresses on the version read.</summary>
public sealed class AgencyPages(
    WebGuard guard, AgencyRepository agencies, AgencyEditor editor, TaskQueries queries, TrackingReport report, TaskViews views, WebExports exports)
{
    private const string One = WebPaths.Route + "/agencies/{agencyId}";

    [Function("WebAgencies")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/agencies")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (page, refused) = await guard.EnterAsync(request, ApiRoles.Staff);
        return refused ?? AgencyViews.Directory(page!, await agencies.ListAsync(cancellationToken));
    }

    [Function("WebAgency")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = One)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        var (page, refused) = await guard.EnterAsync(request, ApiRoles.Staff);
        if (refused is not null)
        {
            return refused;
        }

        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } agency)
        {
            return ErrorView.NotFound(page!.User, WebText.AgencyNotFound);
        }

        var message = request.Query["saved"].Count > 0 ? WebText.Saved : null;
        return AgencyViews.Page(page!, agency, await OpenTasksAsync(id, cancellationToken), exports.Feed(agency), AgencyForm.Of(agency), message: message);
    }

    [Function("WebEditAgency")]
    public async Task<IResult> EditAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = One)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        var (page, refused) = await guard.EnterAsync(request, ApiRoles.Staff);
        if (refused is not null)
        {
            return refused;
        }

        if (!AgencyId.TryParse(agencyId, out var id) || await agencies.GetAsync(id, cancellationToken) is not { } current)
        {
            return ErrorView.NotFound(page!.User, WebText.AgencyNotFound);
        }

        var form = AgencyForm.Read(await request.ReadFormAsync(cancellationToken));
        var errors = form.Validate();
        var open = await OpenTasksAsync(id, cancellationToken);
        if (errors.Count > 0)
        {
            return AgencyViews.Page(page!, current, open, exports.Feed(current), form, errors, status: StatusCodes.Status422UnprocessableEntity);
        }

        var edit = await editor.ReplaceAsync(agencyId, form.Input, _ => Versions.Given(form.ETag), cancellationToken);
        return edit.Outcome switch
        {
            AgencyEditOutcome.Saved => Results.Redirect(WebPaths.Agency(agencyId) + "?saved=1"),
            AgencyEditOutcome.Stale => AgencyViews.Page(page!, edit.Agency!, open, exports.Feed(current), form with { ETag = edit.Agency!.ETag.ToString() },
                message: WebText.StaleAgency, status: StatusCodes.Status409Conflict),
            AgencyEditOutcome.NameIsKey => AgencyViews.Page(page!, current, open, exports.Feed(current), form,
                new Dictionary<string, string[]> { ["name"] = [Api.ApiMessages.NameIsKey] }, status: StatusCodes.Status422UnprocessableEntity),
            _ => ErrorView.NotFound(page!.User, WebText.AgencyNotFound),
        };
    }

    private async Task<IReadOnlyList<TaskTracking>> OpenTasksAsync(AgencyId id, CancellationToken cancellationToken) =>
        [.. report.List(await queries.TrackedAsync(null, cancellationToken), views.Today, new TrackingFilter(Agency: id)).Where(r => !r.IsDone && r.Status != TrackingStatus.BeforeTracking)];
}
