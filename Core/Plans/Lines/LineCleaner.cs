using System.Text;
using System.Text.RegularExpressions;
using DeadlineBot.Core.Characters;

namespace DeadlineBot.Core.Plans.Lines;

/// <summary>
/// Cleans one extracted line: what <see cref="SafeText.Strip"/> removes (invisible and non-characters), NFC, Markdown marks (<c>#</c>, <c>**</c>, <c>*</c>) and odd spaces removed,
/// runs of spaces folded, and the words PDF extraction breaks (<c>h ng năm</c>, <c>nh m</c>) repaired.
/// Tabs (table cells) are kept.
/// </summary>
internal static partial class LineCleaner
{
    private static readonly (Regex Broken, string Whole)[] Repairs =
    [
        (BrokenHang(), "hằng năm"),
        (BrokenNham(), "nhằm"),
        (BrokenBang(), "bằng"),
    ];

    /// <summary>
    /// A line longer than any paragraph of a real plan, cut at spaces into pieces that are not. Each cut looks back
    /// only within the next piece and copies only that piece, so the work is linear in the line's length.
    /// </summary>
    public static IEnumerable<string> Split(string raw)
    {
        var start = 0;
        while (raw.Length - start > ParagraphJoiner.LongestParagraph)
        {
            var space = raw.LastIndexOf(' ', start + ParagraphJoiner.LongestParagraph - 1, ParagraphJoiner.LongestParagraph - 1);
            var length = space <= start ? ParagraphJoiner.LongestParagraph : space - start;
            yield return raw.Substring(start, length);
            start += length;
        }

        yield return start == 0 ? raw : raw[start..];
    }

    public static string Clean(string raw)
    {
        var text = SafeText.Strip(raw).Normalize(NormalizationForm.FormC);
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '*' or '✓':
                    break;
                case '\t':
                    line.Append('\t');
                    break;
                case var s when char.IsWhiteSpace(s) || char.IsControl(s):
                    line.Append(' ');
                    break;
                default:
                    line.Append(c);
                    break;
            }
        }

        var cleaned = Heading().Replace(line.ToString(), string.Empty);
        cleaned = Spaces().Replace(cleaned, " ");
        cleaned = CellEdges().Replace(cleaned, "\t");
        foreach (var (broken, whole) in Repairs)
        {
            cleaned = broken.Replace(cleaned, whole);
        }

        return cleaned.Trim(' ');
    }

    [GeneratedRegex(@"^\s*#+\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ?\t ?")]
    private static partial Regex CellEdges();

    [GeneratedRegex(@"(?<=^|\s)h ng năm")]
    private static partial Regex BrokenHang();

    [GeneratedRegex(@"(?<=^|\s)nh m(?=\s)")]
    private static partial Regex BrokenNham();

    [GeneratedRegex(@"(?<=^|\s)b ng(?= văn bản)")]
    private static partial Regex BrokenBang();
}
