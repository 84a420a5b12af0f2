namespace DeadlineBot.Core.Plans.Lines;

/// <summary>
/// Joins hard-wrapped lines back into paragraphs. A line right under another continues it; across a blank line, a line
/// continues the one before when that one did not end a sentence and this one starts in lower case (or the one before
/// left a bracket open or ended on <c>của</c>, <c>và</c> …), or, in a document wrapped at a fixed width (PDF text with a
/// blank line after every line), when the line before filled the width. A line that opens a part (<c>a)</c>,
/// <c>- Thời gian …</c>) never continues, nor does a table row.
/// </summary>
internal static class ParagraphJoiner
{
    private const double WrappedShare = 0.2;
    private const double FullWidth = 0.6;

    /// <summary>Longer than any paragraph of a real plan; a longer run is cut, which keeps the reading linear.</summary>
    public const int LongestParagraph = 4000;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "của", "và", "các", "với", "thuộc", "cho", "về", "trong", "tại", "theo", "là", "Sở", "số",
    };

    public static IReadOnlyList<Paragraph> Join(IReadOnlyList<string> lines)
    {
        var width = WrapWidth(lines);
        var paragraphs = new List<Paragraph>();
        string? current = null;
        var last = string.Empty;
        var start = 0;
        var adjacent = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                adjacent = false;
                continue;
            }

            var joins = current is not null && (adjacent ? Adjoins(last, line) : Continues(last, line, width));
            adjacent = true;
            if (current is not null && joins && current.Length + line.Length < LongestParagraph)
            {
                current = Glue(current, line);
                last = line;
                continue;
            }

            if (current is not null)
            {
                paragraphs.Add(new Paragraph(start + 1, current));
            }

            current = line;
            last = line;
            start = i;
        }

        if (current is not null)
        {
            paragraphs.Add(new Paragraph(start + 1, current));
        }

        return paragraphs;
    }

    /// <summary>A line right under another (no blank line between) continues it unless it opens a part.</summary>
    private static bool Adjoins(string previous, string line) =>
        !previous.Contains('\t', StringComparison.Ordinal) && !line.Contains('\t', StringComparison.Ordinal)
        && Markers.IsCapitals(previous) == Markers.IsCapitals(line) && !Markers.OpensPart(line, Ended(previous));

    private static bool Continues(string previous, string line, int? width)
    {
        if (previous.Contains('\t', StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var ended = Ended(previous);
        if (ended || Markers.IsCapitals(previous) || Markers.IsCapitals(line) || Markers.OpensPart(line, ended))
        {
            return false;
        }

        var rest = line.TrimStart('-', ' ');
        if (rest.Length == 0)
        {
            return false;
        }

        var first = rest[0];
        return char.IsLower(first) || char.IsDigit(first) || previous.EndsWith('-') || Unfinished(previous)
            || (width is { } w && previous.Length >= w * FullWidth);
    }

    private static string Glue(string previous, string line) =>
        previous.EndsWith('-') && !previous.EndsWith(" -", StringComparison.Ordinal) ? previous + line : $"{previous} {line}";

    /// <summary>A line that cannot end a paragraph: an open bracket, or a last word that needs one after it.</summary>
    private static bool Unfinished(string line)
    {
        if (line.Count(c => c == '(') > line.Count(c => c == ')'))
        {
            return true;
        }

        var space = line.LastIndexOf(' ');
        return space >= 0 && Connectors.Contains(line[(space + 1)..]);
    }

    private static bool Ended(string line) => line[^1] is '.' or ';' or ':' or '!' or '?' or '”' or '"' or '…';

    /// <summary>
    /// The typical line width when the document is hard-wrapped with a blank line after every line (PDF text pasted
    /// as is); null when it is not, for there a blank line really ends a paragraph.
    /// </summary>
    private static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var text = new List<string>();
        var wrapped = 0;
        var blankBefore = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            if (line.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            if (blankBefore && text.Count > 0 && !Ended(text[^1]) && char.IsLower(line[0]) && !Markers.OpensPart(line, false))
            {
                wrapped++;
            }

            text.Add(line);
            blankBefore = false;
        }

        if (text.Count < 10 || wrapped < text.Count * WrappedShare)
        {
            return null;
        }

        var lengths = text.Select(l => l.Length).Order().ToList();
        return lengths[(int)(lengths.Count * 0.8)];
    }
}
