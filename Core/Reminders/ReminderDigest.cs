using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeadlineBot.Core.Reminders;

/// <summary>All of one agency's reminders for one day: one email.</summary>
public sealed record ReminderDigest(string Agency, DateOnly Date, IReadOnlyList<ReminderItem> Items)
{
    /// <summary>Report-to bodies to copy because an item is escalated.</summary>
    public IEnumerable<string> EscalateTo =>
        Items.Where(i => i.Escalated && i.ReportTo is not null).Select(i => i.ReportTo!).Distinct(StringComparer.Ordinal);

    /// <summary>Whether any item is escalated, so the admins are copied.</summary>
    public bool IsEscalated => Items.Any(i => i.Escalated);

    /// <summary>
    /// A deterministic id: <c>yyyyMMdd-</c> and 20 hex digits of a SHA-256 over the agency, date and sorted item keys.
    /// The same reminders give the same id, so it is safe as a queue message id, a Table Storage RowKey and a Message-Id.
    /// </summary>
    public string Id
    {
        get
        {
            var text = new StringBuilder()
                .Append(Agency).Append('\n')
                .Append(Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .AppendJoin('\n', Items.Select(i => i.Key).Order(StringComparer.Ordinal))
                .ToString();
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC)));
            return string.Create(CultureInfo.InvariantCulture, $"{Date:yyyyMMdd}-{Convert.ToHexStringLower(hash.AsSpan(0, 10))}");
        }
    }
}
