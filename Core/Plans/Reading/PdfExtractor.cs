using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Reads the text layer of a PDF into lines: words grouped by baseline, top to bottom, a blank line where the gap
/// between lines is wider than single spacing for the font size (a paragraph break) and a tab where words on a line stand far apart (table cells).
/// A PDF without text (a scan) is refused with a clear message.
/// </summary>
internal static class PdfExtractor
{
    private const double ParagraphGap = 1.5;
    private const double SingleLeading = 1.2;
    private const double CellGap = 3.0;

    public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> content, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            var lines = new List<string>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                AddPage(page, lines);
                lines.Add(string.Empty);
            }

            if (letters == 0)
            {
                throw new PlanReadException(PlanMessages.NoTextLayer(fileName));
            }

            return lines;
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NullReferenceException or InvalidCastException or KeyNotFoundException)
        {
            throw new PlanReadException(PlanMessages.NotPdf(fileName), e);
        }
    }

    private static void AddPage(Page page, List<string> lines)
    {
        var rows = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2.0))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();
        var sizes = page.Letters.Select(l => l.PointSize).Where(p => p > 0).Order().ToList();
        var leading = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2] * SingleLeading;
        double? previousBottom = null;
        foreach (var row in rows)
        {
            var bottom = row[0].BoundingBox.Bottom;
            if (previousBottom is { } last && leading > 0 && last - bottom > leading * ParagraphGap)
            {
                lines.Add(string.Empty);
            }

            lines.Add(Line(row));
            previousBottom = bottom;
        }
    }

    private static string Line(List<Word> row)
    {
        var text = new System.Text.StringBuilder(row[0].Text);
        for (var i = 1; i < row.Count; i++)
        {
            var gap = row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right;
            var space = Math.Max(row[i - 1].BoundingBox.Height, 1) * 0.3;
            text.Append(gap > space * CellGap * 3 ? '\t' : ' ').Append(row[i].Text);
        }

        return text.ToString();
    }
}
