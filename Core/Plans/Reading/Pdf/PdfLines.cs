using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// Groups words into printed lines by baseline, top to bottom, and splits each line where its words stand far apart
/// (cells of an unruled table). A list number or bullet set apart from its text (<c>1.</c>, <c>a)</c>, <c>•</c> at the
/// indent, the text at a tab stop) is joined back to that text: it opens the line, it is not a cell.
/// </summary>
internal static partial class PdfLines
{
    private const double SameLine = 0.3;
    private const double CellGap = 1.2;

    public static List<PdfTextLine> Read(IReadOnlyList<Word> words)
    {
        var lines = new List<PdfTextLine>();
        var ordered = words.OrderByDescending(Baseline).ToList();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            if (i < ordered.Count && Baseline(ordered[start]) - Baseline(ordered[i]) <= Size(ordered[start]) * SameLine)
            {
                continue;
            }

            lines.Add(Line(ordered.GetRange(start, i - start).OrderBy(w => w.BoundingBox.Left).ToList()));
            start = i;
        }

        return lines;
    }

    private static PdfTextLine Line(List<Word> words)
    {
        var segments = new List<PdfSegment>();
        var text = new StringBuilder(words[0].Text);
        var first = words[0];
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right;
            var marker = segments.Count == 0 && ReferenceEquals(first, words[i - 1]) && ListMarker().IsMatch(first.Text);
            if (gap > Size(words[i - 1]) * CellGap && !marker)
            {
                segments.Add(new PdfSegment(first.BoundingBox.Left, words[i - 1].BoundingBox.Right, text.ToString()));
                text.Clear();
                first = words[i];
            }
            else
            {
                text.Append(' ');
            }

            text.Append(words[i].Text);
        }

        segments.Add(new PdfSegment(first.BoundingBox.Left, words[^1].BoundingBox.Right, text.ToString()));
        var sizes = words.Select(Size).Order().ToList();
        return new PdfTextLine(words.Average(Baseline), words[0].BoundingBox.Left, words[^1].BoundingBox.Right, sizes[sizes.Count / 2], segments);
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => Math.Max(word.Letters[0].PointSize, 1);

    [GeneratedRegex(@"^(?:[IVX]{1,5}\.|\d{1,2}\.(?:\d{1,2}\.?)*|[a-zđ]\)|\(?\d{1,2}\)|[-+•–·▪●◦○■□➢✓*])$")]
    private static partial Regex ListMarker();
}
