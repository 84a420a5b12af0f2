using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Builds a PDF with a text layer from a text plan, as a word processor would print it: DejaVu Sans (Vietnamese glyphs),
/// lines wrapped at the page width (the importer must join them back), a blank line's space between paragraphs.
/// Tab-separated rows are printed as a table: columns side by side, cells wrapped within their columns.
/// </summary>
internal static class PdfBuilder
{
    private const double FontSize = 10;
    private const double Leading = 13;
    private const double Margin = 50;
    private const int Width = 80;

    private static readonly Lazy<byte[]> Font = new(() => File.ReadAllBytes(Path.Combine("Fixtures", "Plans", "DejaVuSans.ttf")));

    public static byte[] Build(string text)
    {
        var builder = new PdfDocumentBuilder();
        var writer = new PageWriter(builder, builder.AddTrueTypeFont(Font.Value));
        var table = new List<string[]>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace("**", string.Empty, StringComparison.Ordinal).TrimEnd('\r').Trim();
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                table.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
                continue;
            }

            writer.Table(table);
            table.Clear();
            foreach (var wrapped in Wrap(line, Width))
            {
                writer.Line([(Margin, wrapped)], FontSize, Leading);
            }
        }

        writer.Table(table);
        return builder.Build();
    }

    /// <summary>An empty page with a drawn frame and no text at all, like a scan without OCR.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        if (line.Length == 0)
        {
            yield return string.Empty;
            yield break;
        }

        var current = string.Empty;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : $"{current} {word}";
            }
        }

        yield return current;
    }

    /// <summary>Writes lines down the pages, starting a new page at the bottom margin.</summary>
    private sealed class PageWriter
    {
        private const double TableSize = 8;
        private const double TableLeading = 10;
        private const double CellGap = 16;
        private const double CharWidth = 0.62;

        private readonly PdfDocumentBuilder _builder;
        private readonly PdfDocumentBuilder.AddedFont _font;
        private PdfPageBuilder _page;
        private double _y;

        public PageWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font)
        {
            _builder = builder;
            _font = font;
            _page = builder.AddPage(PageSize.A4);
            _y = _page.PageSize.Height - Margin;
        }

        public void Line(IEnumerable<(double X, string Text)> pieces, double size, double leading)
        {
            if (_y < Margin)
            {
                _page = _builder.AddPage(PageSize.A4);
                _y = _page.PageSize.Height - Margin;
            }

            foreach (var (x, text) in pieces.Where(p => p.Text.Length > 0))
            {
                _page.AddText(text, size, new PdfPoint(x, _y), _font);
            }

            _y -= leading;
        }

        /// <summary>A table as a word processor prints one: columns side by side, each cell wrapped within its column.</summary>
        public void Table(List<string[]> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var columns = rows.Max(r => r.Length);
            var usable = _page.PageSize.Width - (2 * Margin) - ((columns - 1) * CellGap);
            var weights = Enumerable.Range(0, columns).Select(c => Math.Sqrt(rows.Max(r => c < r.Length ? r[c].Length : 0) + 4)).ToArray();
            var widths = weights.Select(w => usable * w / weights.Sum()).ToArray();
            var lefts = widths.Select((_, c) => Margin + widths.Take(c).Sum() + (c * CellGap)).ToArray();
            foreach (var row in rows)
            {
                var cells = Enumerable.Range(0, columns)
                    .Select(c => Wrap(c < row.Length ? row[c] : string.Empty, Math.Max(3, (int)(widths[c] / (TableSize * CharWidth)))).ToList())
                    .ToList();
                for (var line = 0; line < cells.Max(c => c.Count); line++)
                {
                    Line(cells.Select((c, i) => (lefts[i], line < c.Count ? c[line] : string.Empty)), TableSize, TableLeading);
                }
            }

            _y -= Leading;
        }
    }
}
