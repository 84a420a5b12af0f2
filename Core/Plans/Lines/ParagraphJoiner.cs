namespace DeadlineBot.Core.Plans.Lines;

/// <summary>
/// Joins hard-wrapped lines back into paragraphs. A line continues the one before when that one did not end a
/// sentence and this one starts in lower case, or, in a document wrapped at a fixed width (PDF), when the line before
/// filled the width. A line that opens a part (<c>a)</c>, <c>- Thời gian …</c>) never continues, nor does a table row.
/// </summary>
internal static class ParagraphJoiner
{
    private const double WrappedShare = 0.2;
    private const double FullWidth = 0.6;

    public static IReadOnlyList<Paragraph> Join(IReadOnlyList<string> lines)
    {
        var width = WrapWidth(lines);
        var paragraphs = new List<Paragraph>();
        string? current = null;
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (current is not null && Continues(current, line, width))
            {
                current = Glue(current, line);
                continue;
            }

            if (current is not null)
            {
                paragraphs.Add(new Paragraph(start + 1, current));
            }

            current = line;
            start = i;
        }

        if (current is not null)
        {
            paragraphs.Add(new Paragraph(start + 1, current));
        }

        return paragraphs;
    }

    private static bool Continues(string previous, string line, int? width)
    {
        if (previous.Contains('\t', StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var ended = Ended(previous);
        if (ended || Markers.OpensPart(line, ended))
        {
            return false;
        }

        var rest = line.TrimStart('-', ' ');
        if (rest.Length == 0)
        {
            return false;
        }

        var first = rest[0];
        return char.IsLower(first) || char.IsDigit(first) || previous.EndsWith('-')
            || (width is { } w && previous.Length >= w * FullWidth);
    }

    private static string Glue(string previous, string line) =>
        previous.EndsWith('-') && !previous.EndsWith(" -", StringComparison.Ordinal) ? previous + line : $"{previous} {line}";

    private static bool Ended(string line) => line[^1] is '.' or ';' or ':' or '!' or '?' or '”' or '"' or '…';

    /// <summary>The typical line width when the document is hard-wrapped; null when it is not.</summary>
    private static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var text = lines.Where(l => l.Length > 0 && !l.Contains('\t', StringComparison.Ordinal)).ToList();
        if (text.Count < 10)
        {
            return null;
        }

        var wrapped = 0;
        for (var i = 0; i + 1 < text.Count; i++)
        {
            var ended = Ended(text[i]);
            if (!ended && char.IsLower(text[i + 1][0]) && !Markers.OpensPart(text[i + 1], ended))
            {
                wrapped++;
            }
        }

        if (wrapped < text.Count * WrappedShare)
        {
            return null;
        }

        var lengths = text.Select(l => l.Length).Order().ToList();
        return lengths[(int)(lengths.Count * 0.8)];
    }
}
