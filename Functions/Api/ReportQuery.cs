using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>The report filters from the query string (<c>planId</c>, <c>agencyId</c>, <c>status</c>), checked field by field.</summary>
public static class ReportQuery
{
    public static async Task<(TrackingFilter? Filter, ProblemHttpResult? Problem)> ReadAsync(
        string? planId, string? agencyId, string? status, PlanRepository plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        AgencyId? agency = null;
        if (agencyId is not null)
        {
            if (!AgencyId.TryParse(agencyId, out var id))
            {
                return (null, Problems.BadRequest("agencyId", ApiMessages.BadId));
            }

            agency = id;
        }

        TrackingStatus? wanted = null;
        if (status is not null)
        {
            if (!TrackingWords.TryParse(status, out var parsed))
            {
                return (null, Problems.BadRequest("status", ApiMessages.UnknownStatus));
            }

            wanted = parsed;
        }

        if (planId is not null && await plans.GetAsync(planId, cancellationToken) is null)
        {
            return (null, Problems.NotFound("planId", ApiMessages.PlanNotFound));
        }

        return (new TrackingFilter(planId, agency, wanted), null);
    }
}
