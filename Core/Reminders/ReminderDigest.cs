namespace DeadlineBot.Core.Reminders;

/// <summary>All of one agency's reminders for one day: one email.</summary>
public sealed record ReminderDigest(string Agency, DateOnly Date, IReadOnlyList<ReminderItem> Items)
{
    /// <summary>Report-to bodies to copy because an item is escalated.</summary>
    public IEnumerable<string> EscalateTo =>
        Items.Where(i => i.Escalated && i.ReportTo is not null).Select(i => i.ReportTo!).Distinct(StringComparer.Ordinal);
}
