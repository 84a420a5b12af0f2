using System.Text;
using UglyToad.PdfPig.Content;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Turns one PDF page into lines: words grouped by baseline, top to bottom; a blank line where the gap between lines
/// is wider than single spacing (a paragraph break). Words far apart on a line are table cells: such a line becomes
/// a tab-separated row, and the wrapped lines of its cells below it (starting under a column) are put back into their cells,
/// also across a page break. Lines that hold only a number (page numbers) are left out.
/// </summary>
internal sealed class PdfPageReader
{
    private const double ParagraphGap = 1.5;
    private const double SingleLeading = 1.2;
    private const double CellGap = 1.2;
    private const double Aligned = 3;

    private readonly List<string> _lines = [];
    private double _left = double.MaxValue;
    private List<Segment>? _table;
    private List<StringBuilder>? _cells;

    public void Read(Page page)
    {
        var rows = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => Segments(g.OrderBy(w => w.BoundingBox.Left).ToList()))
            .Where(r => r.Count > 1 || !r[0].Text.All(char.IsDigit))
            .ToList();
        var sizes = page.Letters.Select(l => l.PointSize).Where(p => p > 0).Order().ToList();
        var leading = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2] * SingleLeading;
        _left = rows.Select(r => r[0].Left).Append(_left).Min();

        double? previous = null;
        foreach (var row in rows)
        {
            var baseline = row[0].Baseline;
            var gap = previous is { } last && leading > 0 ? last - baseline : 0;
            previous = baseline;
            if (_cells is not null && _table is not null && gap <= leading * ParagraphGap && ContinuesCells(row, _table, _left))
            {
                foreach (var segment in row)
                {
                    _cells[Column(_table, segment.Left)].Append(' ').Append(segment.Text);
                }

                continue;
            }

            Flush();
            if (gap > leading * ParagraphGap)
            {
                _lines.Add(string.Empty);
            }

            if (row.Count >= 2)
            {
                _table = _table is null || row.Count >= _table.Count ? row : _table;
                _cells = [.. _table.Select(_ => new StringBuilder())];
                foreach (var segment in row)
                {
                    _cells[Column(_table, segment.Left)].Append(segment.Text);
                }
            }
            else
            {
                _table = null;
                _lines.Add(row[0].Text);
            }
        }
    }

    public List<string> Finish()
    {
        Flush();
        return _lines;
    }

    private void Flush()
    {
        if (_cells is not null)
        {
            _lines.Add(string.Join('\t', _cells.Select(c => c.ToString().Trim())));
            _cells = null;
        }
    }

    /// <summary>A line continues the cells above when each of its pieces starts under a column, right of the margin.</summary>
    private static bool ContinuesCells(List<Segment> row, List<Segment> table, double left) =>
        row.All(s => s.Left > left + Aligned && table.Any(c => Math.Abs(c.Left - s.Left) <= Aligned));

    private static int Column(List<Segment> table, double x)
    {
        var column = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (table[i].Left <= x + Aligned)
            {
                column = i;
            }
        }

        return column;
    }

    /// <summary>The words of one line split where they stand far apart (more than a little over the font size).</summary>
    private static List<Segment> Segments(List<Word> words)
    {
        var segments = new List<Segment>();
        var text = new StringBuilder(words[0].Text);
        var start = words[0];
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right;
            if (gap > Math.Max(words[i - 1].Letters[0].PointSize, 1) * CellGap)
            {
                segments.Add(new Segment(start.BoundingBox.Left, start.Letters[0].StartBaseLine.Y, text.ToString()));
                text.Clear();
                start = words[i];
            }
            else
            {
                text.Append(' ');
            }

            text.Append(words[i].Text);
        }

        segments.Add(new Segment(start.BoundingBox.Left, start.Letters[0].StartBaseLine.Y, text.ToString()));
        return segments;
    }

    private sealed record Segment(double Left, double Baseline, string Text);
}
