using System.Globalization;

namespace DeadlineBot.Functions.Reminders;

/// <summary>Every message the reminder pipeline shows to an operator or records for admins.</summary>
public static class ReminderMessages
{
    public const string UnreadableMessage = "The queue message is not a reminder digest reference; it was moved to the poison queue.";

    public static string BadSchedule(string name, string schedule) =>
        $"DeadlineBot:Reminders:{name} '{schedule}' is not a six-field NCRONTAB expression in UTC (e.g. '0 0 1 * * *' for 08:00 every day in Vietnam).";

    public static string BadDaysBefore(string days) =>
        $"DeadlineBot:Reminders:DaysBefore '{days}' must be whole numbers of days separated by commas (e.g. '30,14,7,3,1,0').";

    public static string NoAddress(string agency) =>
        $"No email address is known for '{agency}': add it to the agency directory; the digest was not sent.";

    public static string DigestMissing(string digestId) =>
        $"Digest {digestId} is not in the reminder log; nothing was sent.";

    public static string NotKept(int length, string error) =>
        string.Create(CultureInfo.InvariantCulture, $"The message ({length} characters) is too large for a queue message and was not kept on the poison queue. {error}");

    public static string GaveUp(long attempts, string error) =>
        $"Sending failed {attempts} times; the message is on the poison queue. Last error: {error}";

    public static string DeadlineNotShorterThanLease(TimeSpan deadline, TimeSpan lease) =>
        $"DeadlineBot:Reminders:SendDeadline ({deadline}) must be shorter than SendLease ({lease}), or a slow send could outlive its lease and be sent twice.";

    public static string OutcomeUnknown(string error) =>
        $"The SMTP server may have taken the email but its reply was lost ({error}); the next delivery sends it again with the same Message-ID.";

    public static string CopyRefused(IReadOnlyList<string> addresses) =>
        $"Sent to the lead agency, but the server refused the copy address(es) {string.Join(", ", addresses)}: correct them in the agency directory or DeadlineBot:Reminders:AdminEmails.";

    public static string WillRetry(long attempts, string error) =>
        $"Sending failed on delivery {attempts}; recovery queues it again later. Last error: {error}";

    public static string Dismissed(DateTimeOffset at, string? error) =>
        string.Create(CultureInfo.InvariantCulture, $"Dismissed by an admin at {at:yyyy-MM-dd HH:mm} UTC; it will not be sent. Last error: {error}");

    public static string NotDismissable(string digestId) =>
        $"Digest {digestId} is not failed or undeliverable; only those can be dismissed.";

    public static string NoSuchDigest(string digestId) => $"There is no digest {digestId}.";

    public static string NotRedrivable(string digestId) =>
        $"Digest {digestId} is not failed or undeliverable (or does not exist); only those can be re-driven.";
}
