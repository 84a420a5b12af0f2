using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Writes lines and ruled tables down A4 pages for <see cref="PdfBuilder"/>: a new page at the bottom margin, a running
/// header and a page number (<c>Trang N</c>) on each page, added when the document is finished.
/// </summary>
internal sealed class PdfPageWriter
{
    public const string RunningHeader = "Cổng thông tin điện tử tỉnh – Văn bản chỉ đạo, điều hành";

    private const double Size = 10;
    private const double Leading = 13;
    private const double Spacing = 7;
    private const double Margin = 56;
    private const double TableSize = 8;
    private const double TableLeading = 10;
    private const double Padding = 3;
    private const double CharWidth = 0.6;
    private const double Bottom = Margin;

    private readonly PdfDocumentBuilder _builder;
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly List<PdfPageBuilder> _pages = [];
    private PdfPageBuilder _page;
    private double _y;

    public PdfPageWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font)
    {
        _builder = builder;
        _font = font;
        _page = NewPage();
    }

    private double Usable => _page.PageSize.Width - (2 * Margin);

    /// <summary>One line of running text: each piece at its offset from the left margin.</summary>
    public void Line(IEnumerable<(double X, string Text)> pieces)
    {
        if (_y - Leading < Bottom)
        {
            _page = NewPage();
        }

        _y -= Leading;
        foreach (var (x, text) in pieces.Where(p => p.Text.Length > 0))
        {
            _page.AddText(text, Size, new PdfPoint(Margin + x, _y), _font);
        }
    }

    public void ParagraphSpace() => _y -= Spacing;

    /// <summary>
    /// A ruled table: columns as wide as their text needs, each cell wrapped within its column, rules round every cell.
    /// A row that does not fit is broken: its first lines on this page, the rest on the next under the repeated heading.
    /// </summary>
    public void Table(List<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.Length);
        var weights = Enumerable.Range(0, columns).Select(c => Math.Sqrt(rows.Max(r => c < r.Length ? r[c].Length : 0) + 4)).ToArray();
        var widths = weights.Select(w => Usable * w / weights.Sum()).ToArray();
        var lefts = widths.Select((_, c) => Margin + widths.Take(c).Sum()).Append(Margin + Usable).ToArray();
        var cells = rows.Select(r => Enumerable.Range(0, columns)
            .Select(c => PdfBuilder.Wrap(c < r.Length ? r[c] : string.Empty, Math.Max(3, (int)((widths[c] - (2 * Padding)) / (TableSize * CharWidth)))).ToList())
            .ToList()).ToList();
        _y -= Spacing;
        for (var r = 0; r < cells.Count; r++)
        {
            var lines = cells[r].Max(c => c.Count);
            var from = 0;
            while (from < lines)
            {
                var fit = (int)((_y - Bottom - (2 * Padding)) / TableLeading);
                if (fit < 1)
                {
                    _page = NewPage();
                    Row(cells[0], 0, cells[0].Max(c => c.Count), lefts);
                    continue;
                }

                var to = Math.Min(lines, from + fit);
                Row(cells[r], from, to, lefts);
                from = to;
            }
        }

        _y -= Leading;
    }

    public byte[] Finish()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            page.AddText($"Trang {i + 1}", 9, new PdfPoint((page.PageSize.Width / 2) - 15, 28), _font);
        }

        return _builder.Build();
    }

    /// <summary>Lines [from, to) of one row's cells, with the rules round them.</summary>
    private void Row(List<List<string>> cells, int from, int to, double[] lefts)
    {
        var top = _y;
        for (var line = from; line < to; line++)
        {
            _y -= TableLeading;
            for (var c = 0; c < cells.Count; c++)
            {
                if (line < cells[c].Count && cells[c][line].Length > 0)
                {
                    _page.AddText(cells[c][line], TableSize, new PdfPoint(lefts[c] + Padding, _y), _font);
                }
            }
        }

        _y -= 2 * Padding;
        _page.DrawLine(new PdfPoint(lefts[0], top), new PdfPoint(lefts[^1], top), 0.5);
        _page.DrawLine(new PdfPoint(lefts[0], _y), new PdfPoint(lefts[^1], _y), 0.5);
        foreach (var x in lefts)
        {
            _page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, _y), 0.5);
        }
    }

    private PdfPageBuilder NewPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        page.AddText(RunningHeader, 8, new PdfPoint(Margin + 100, page.PageSize.Height - 30), _font);
        _pages.Add(page);
        _y = page.PageSize.Height - Margin;
        return page;
    }
}
