using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Tracking;

/// <summary>Agency ids for names read back from storage, where a name without letters must not throw.</summary>
public static class AgencyIds
{
    public static bool TryFromName(string? name, out AgencyId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            id = AgencyId.FromName(name);
            return true;
        }
        catch (ArgumentException)
        {
            // A name with no Latin letter or digit (e.g. only punctuation) has no id.
            return false;
        }
    }

    /// <summary>True when one of <paramref name="leads"/> is the agency <paramref name="agency"/>.</summary>
    public static bool AnyIs(IEnumerable<string> leads, AgencyId agency) =>
        leads.Any(lead => TryFromName(lead, out var id) && id == agency);
}
