using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeadlineBot.Core.Characters;
using DeadlineBot.Core.Reminders;
using T = DeadlineBot.Functions.Email.ReminderEmailTemplates;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Renders an agency's daily digest as a Vietnamese email, HTML and plain text. The caller gives the "report done"
/// link of each item (signed elsewhere); every piece of user text is HTML-encoded.
/// </summary>
public sealed class ReminderEmailRenderer
{
    /// <summary>Encodes markup characters but keeps Vietnamese letters readable in the HTML source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public RenderedEmail Render(ReminderDigest digest, Func<ReminderItem, Uri> reportLink)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(reportLink);
        var subject = T.Subject(
            digest.Agency,
            digest.Date,
            digest.Items.Count(i => i.Kind == ReminderKind.Overdue),
            digest.Items.Count(i => i.Kind == ReminderKind.Due),
            digest.Items.Count(i => i.Kind == ReminderKind.Before));
        var links = digest.Items.Select(i => reportLink(i).AbsoluteUri).ToList();
        return new RenderedEmail(OneLine(subject), Html(digest, subject, links), Text(digest, links));
    }

    private static string Html(ReminderDigest digest, string subject, List<string> links)
    {
        var html = new StringBuilder();
        html.AppendFormat(
            CultureInfo.InvariantCulture,
            T.HtmlStart,
            Encode(subject),
            Encode(string.Format(CultureInfo.InvariantCulture, T.Greeting, digest.Agency)),
            Encode(string.Format(CultureInfo.InvariantCulture, T.Intro, T.Date(digest.Date))));
        for (var i = 0; i < digest.Items.Count; i++)
        {
            var item = digest.Items[i];
            html.AppendFormat(
                CultureInfo.InvariantCulture,
                T.HtmlItem,
                Encode(item.Ref),
                Encode(item.Title),
                T.Plan(item) is { } plan ? string.Format(CultureInfo.InvariantCulture, T.HtmlPlan, Encode(plan)) : string.Empty,
                T.DeadlineLabelOf(item),
                T.Deadline(item),
                T.Colour(item.Kind),
                T.Remaining(item),
                item.Escalated ? string.Format(CultureInfo.InvariantCulture, T.HtmlEscalation, Encode(T.Escalation(item.ReportTo))) : string.Empty,
                Encode(links[i]));
        }

        return html.Append(T.HtmlEnd).ToString();
    }

    private static string Text(ReminderDigest digest, List<string> links)
    {
        var text = new StringBuilder()
            .AppendLine(string.Format(CultureInfo.InvariantCulture, T.Greeting, digest.Agency))
            .AppendLine()
            .AppendLine(string.Format(CultureInfo.InvariantCulture, T.Intro, T.Date(digest.Date)))
            .AppendLine();
        for (var i = 0; i < digest.Items.Count; i++)
        {
            var item = digest.Items[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. [{item.Ref}] {OneLine(item.Title)}").AppendLine();
            if (T.Plan(item) is { } plan)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {T.PlanLabel}: {OneLine(plan)}").AppendLine();
            }

            text.Append(CultureInfo.InvariantCulture, $"   {T.DeadlineLabelOf(item)}: {T.Deadline(item)} – {T.Remaining(item)}").AppendLine();
            if (item.Escalated)
            {
                text.Append(CultureInfo.InvariantCulture, $"   ⚠ {T.Escalation(item.ReportTo)}").AppendLine();
            }

            text.Append(CultureInfo.InvariantCulture, $"   {T.ReportLabel}: {links[i]}").AppendLine().AppendLine();
        }

        return text.AppendLine(T.ReportHint).AppendLine().AppendLine(T.Footer).ToString();
    }

    /// <summary>Stored text without what <see cref="SafeText.Strip"/> removes (a bidi control would reorder what the email shows), encoded.</summary>
    private static string Encode(string value) => Encoder.Encode(SafeText.Strip(value));

    /// <summary>Titles extracted from PDFs carry hard line breaks; a subject or a text line must not.</summary>
    private static string OneLine(string value) => string.Join(' ', SafeText.Strip(value).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
