using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Tracking;

/// <summary>Matching stored lead names against an agency id (a name without letters matches nothing).</summary>
public static class AgencyIds
{
    /// <summary>True when one of <paramref name="leads"/> is the agency <paramref name="agency"/>.</summary>
    public static bool AnyIs(IEnumerable<string> leads, AgencyId agency) =>
        leads.Any(lead => AgencyId.TryFromName(lead, out var id) && id == agency);
}
