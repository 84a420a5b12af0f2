using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Functions.Storage;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Feeds;

/// <summary>
/// Each agency's iCalendar feed at a signed, revocable URL (<see cref="FeedLinks"/>). The API's feed routes and the web
/// pages call it:
/// <list type="bullet">
/// <item><see cref="UrlAsync"/>: the agency's current feed URL (made on first request), to show or copy;</item>
/// <item><see cref="RevokeAsync"/>: every URL given so far stops working; the next <see cref="UrlAsync"/> makes a new one;</item>
/// <item><see cref="CalendarAsync"/>: the feed's text for a URL's agency and signature, or null when the URL is not
/// (or no longer) valid.</item>
/// </list>
/// </summary>
public sealed class AgencyFeeds(
    AgencyRepository agencies, TaskQueries queries, TrackingReport report, FeedLinks links, CompletionLinks completion,
    IOptions<ReminderOptions> reminders, TimeProvider time)
{
    private const int Attempts = 3;

    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The agency's feed URL, made (and its token stored) when it has none; null when there is no such agency.</summary>
    public async Task<Uri?> UrlAsync(AgencyId agencyId, CancellationToken cancellationToken)
    {
        var agency = await ChangeAsync(agencyId, current => current.FeedToken ?? FeedLinks.NewToken(), cancellationToken);
        return agency is null ? null : links.For(agencyId, agency.FeedToken!);
    }

    /// <summary>Revokes every feed URL of the agency; false when there is no such agency.</summary>
    public async Task<bool> RevokeAsync(AgencyId agencyId, CancellationToken cancellationToken) =>
        await ChangeAsync(agencyId, _ => null, cancellationToken) is not null;

    /// <summary>
    /// The feed of the agency named by <paramref name="agencyId"/> (as it arrived in the URL) if <paramref name="signature"/>
    /// is valid for it now; null otherwise, saying nothing of why.
    /// </summary>
    public async Task<string?> CalendarAsync(string agencyId, string? signature, CancellationToken cancellationToken)
    {
        if (!AgencyId.TryParse(agencyId, out var id)
            || await agencies.GetAsync(id, cancellationToken) is not { } agency
            || !links.Check(id, agency.FeedToken, signature))
        {
            return null;
        }

        var today = VietnamTime.Today(time);
        var rows = report.List(await queries.TrackedAsync(null, cancellationToken), today, new TrackingFilter(Agency: id))
            .Where(r => r is { IsDone: false, Due: not null } && r.Status != TrackingStatus.BeforeTracking)
            .ToList();
        return AgencyCalendar.Write(
            agency.DisplayName,
            rows,
            reminders.Value.DaysBeforeList,
            time.GetUtcNow(),
            row => completion.For(id, row.Task.PlanId, row.Task.Id, today, row.Occurrence is { IsRecurring: true } o ? o.Id : null));
    }

    /// <summary>Sets the agency's feed token (If-Match on its version, tried again when another write came first).</summary>
    private async Task<Agency?> ChangeAsync(AgencyId agencyId, Func<Agency, string?> token, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await agencies.GetAsync(agencyId, cancellationToken) is not { } current)
            {
                return null;
            }

            var changed = current with { FeedToken = token(current) };
            if (changed.FeedToken == current.FeedToken)
            {
                return current;
            }

            var result = await agencies.UpdateAsync(changed, cancellationToken);
            if (result.Saved || attempt == Attempts)
            {
                return result.Saved ? changed : throw new InvalidOperationException(FeedWords.Busy);
            }
        }
    }
}
