using System.Text;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// Writes the blocks of the pages as the lines a text plan would have. Running text: a blank line where the gap between
/// lines is wider than single spacing or the line before stopped well short of the right margin (a paragraph's end), none
/// at a page break, so paragraphs run on across pages. Ruled tables: one tab-separated line a row; on a page that
/// continues a table, its repeated heading row is dropped and a first row with no number (a row broken by the page) is
/// put back into the row it continues. Unruled tables: a line whose words stand far apart is a row, and the wrapped lines
/// of its cells below it (each piece under a column) are put back into their cells.
/// </summary>
internal sealed class PdfLineWriter
{
    private const double ParagraphGap = 1.5;
    private const double SingleLeading = 1.2;
    private const double ShortLine = 0.15;
    private const double Aligned = 3;

    private readonly List<string> _lines = [];
    private double _left = double.MaxValue;
    private List<PdfSegment>? _table;
    private List<StringBuilder>? _cells;
    private string[]? _heading;
    private int _lastRow = -1;

    /// <summary>How many characters have been written so far.</summary>
    public long Length { get; private set; }

    public void Write(PdfPageLayout page, IReadOnlySet<PdfTextLine> furniture)
    {
        var text = page.Blocks.Where(b => b.Line is not null && !furniture.Contains(b.Line)).Select(b => b.Line!).ToList();
        var sizes = text.Select(l => l.Size).Order().ToList();
        var leading = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2] * SingleLeading;
        var right = text.Count == 0 ? 0 : text.Max(l => l.Right);
        var width = text.Count == 0 ? 0 : right - text.Min(l => l.Left);
        _left = text.Select(l => l.Left).Append(_left).Min();
        var pageStart = true;
        PdfTextLine? previous = null;
        foreach (var block in page.Blocks)
        {
            if (block.Cells is { } cells)
            {
                pageStart = WriteRow([.. cells], block.FirstRow, pageStart && _lastRow >= 0) && pageStart;
                previous = null;
                continue;
            }

            if (block.Line is not { } line || furniture.Contains(line))
            {
                continue;
            }

            pageStart = false;
            _lastRow = -1;
            var gap = previous is not null && leading > 0 ? previous.Baseline - line.Baseline : 0;
            var ended = previous is not null && (gap > leading * ParagraphGap || previous.Right < right - (width * ShortLine));
            previous = line;
            WriteLine(line.Segments, gap <= leading * ParagraphGap, ended);
        }
    }

    public List<string> Finish()
    {
        Flush();
        return _lines;
    }

    /// <summary>Writes a ruled row; false when the row was the table's heading repeated on a new page (and dropped).</summary>
    private bool WriteRow(string[] cells, bool first, bool continuesTable)
    {
        Flush();
        if (continuesTable && first && _heading is not null && cells.SequenceEqual(_heading))
        {
            return true;
        }

        if (continuesTable && cells[0].Length == 0 && _lastRow >= 0)
        {
            var above = _lines[_lastRow].Split('\t');
            if (above.Length == cells.Length)
            {
                _lines[_lastRow] = string.Join('\t', above.Zip(cells, (a, b) => $"{a} {b}".Trim()));
                return false;
            }
        }

        if (first && _lastRow < 0)
        {
            _heading = cells;
            Add(string.Empty);
        }

        Add(string.Join('\t', cells));
        _lastRow = _lines.Count - 1;
        return false;
    }

    private void WriteLine(IReadOnlyList<PdfSegment> row, bool close, bool paragraphEnded)
    {
        if (_cells is not null && _table is not null && close && ContinuesCells(row, _table, _left))
        {
            foreach (var segment in row)
            {
                _cells[Column(_table, segment.Left)].Append(' ').Append(segment.Text);
            }

            return;
        }

        Flush();
        if (paragraphEnded)
        {
            Add(string.Empty);
        }

        if (row.Count >= 2)
        {
            _table = _table is null || row.Count >= _table.Count ? [.. row] : _table;
            _cells = [.. _table.Select(_ => new StringBuilder())];
            foreach (var segment in row)
            {
                _cells[Column(_table, segment.Left)].Append(segment.Text);
            }
        }
        else
        {
            _table = null;
            Add(row[0].Text);
        }
    }

    private void Flush()
    {
        if (_cells is not null)
        {
            Add(string.Join('\t', _cells.Select(c => c.ToString().Trim())));
            _cells = null;
        }
    }

    private void Add(string line)
    {
        _lines.Add(line);
        Length += line.Length + 1;
    }

    /// <summary>A line continues the cells above when each of its pieces starts under a column, right of the margin.</summary>
    private static bool ContinuesCells(IReadOnlyList<PdfSegment> row, List<PdfSegment> table, double left) =>
        row.All(s => s.Left > left + Aligned && table.Any(c => Math.Abs(c.Left - s.Left) <= Aligned));

    private static int Column(List<PdfSegment> table, double x)
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
}
