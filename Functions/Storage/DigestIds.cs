using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Deterministic digest ids: <c>yyyyMMdd-agency-id-hash</c>, the hash over the sorted item keys. The same
/// digest planned twice gets the same id; the queue message and the reminder log both carry it.
/// </summary>
public static class DigestIds
{
    public static string For(string agency, DateOnly day, IEnumerable<ReminderItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var keys = string.Join('\n', items.Select(i => i.Key).Order(StringComparer.Ordinal));
        var id = AgencyId.FromName(agency).Value;
        var slug = id.Length > 120 ? id[..120] : id;
        return DayPrefix(day) + "-" + slug + "-" + TableKeys.Hash(Agency.Normalize(agency) + "\n" + keys, 16);
    }

    public static string DayPrefix(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
