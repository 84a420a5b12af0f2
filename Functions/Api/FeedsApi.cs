using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Feeds;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Agencies' calendar feeds: the feed itself is anonymous (a calendar app fetches it; its signature is its key), staff
/// get an agency's current feed URL or revoke every URL given so far.
/// </summary>
public sealed class FeedsApi(ApiKeys keys, AgencyFeeds feeds)
{
    private const string Feed = "agencies/{agencyId}/feed";

    /// <summary>The agency's open tasks and occurrences as iCalendar, with alarms on the reminder days.</summary>
    [Function("AgencyFeed")]
    public async Task<IResult> CalendarAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FeedLinks.Route)] HttpRequest request, string agencyId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = await feeds.CalendarAsync(agencyId, request.Query["sig"].FirstOrDefault(), cancellationToken);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = text is null ? "no-store" : "private, max-age=900";
        headers["X-Robots-Tag"] = "noindex";
        return text is null ? Problems.NotFound("sig", FeedWords.NotFound) : TypedResults.Text(text, AgencyFeeds.ContentType);
    }

    /// <summary>The agency's current feed URL <c>{ "url": … }</c>, made when it has none.</summary>
    [Function("GetAgencyFeed")]
    public async Task<IResult> UrlAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Feed)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        return AgencyId.TryParse(agencyId, out var id) && await feeds.UrlAsync(id, cancellationToken) is { } url
            ? TypedResults.Ok(new FeedUrl(url.ToString()))
            : Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
    }

    /// <summary>Revokes every feed URL of the agency; the next POST makes a new one.</summary>
    [Function("RevokeAgencyFeed")]
    public async Task<IResult> RevokeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Feed)] HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        return AgencyId.TryParse(agencyId, out var id) && await feeds.RevokeAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound("agencyId", ApiMessages.AgencyNotFound);
    }
}
