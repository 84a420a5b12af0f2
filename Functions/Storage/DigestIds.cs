using System.Globalization;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Digest ids (<see cref="DeadlineBot.Core.Reminders.ReminderDigest.Id"/>) start with the day, <c>yyyyMMdd-</c>,
/// so one day's digests are one RowKey range.
/// </summary>
public static class DigestIds
{
    public static string DayPrefix(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
