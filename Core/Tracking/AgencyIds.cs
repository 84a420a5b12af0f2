using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Tracking;

/// <summary>Agency ids for names read back from storage, where a name without letters must not throw.</summary>
internal static class AgencyIds
{
    public static bool TryFromName(string? name, out AgencyId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(name) || !name.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        id = AgencyId.FromName(name);
        return true;
    }
}
