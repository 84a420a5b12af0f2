using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// A ruled table on a page: the x of its column rules and the y of its row rules, found from the page's drawn lines
/// (strokes, thin filled bars, or the edges of stroked boxes). Words are put in the cell whose rules surround them;
/// a cell's lines are read top to bottom and joined.
/// </summary>
internal sealed class RulingGrid
{
    private const double Thin = 2;
    private const double Near = 2;
    private const int FewestColumns = 2;

    private readonly double[] _columns;
    private readonly double[] _rows;
    private readonly List<Ruling> _verticals;

    private RulingGrid(double[] columns, double[] rows, List<Ruling> verticals)
    {
        _columns = columns;
        _rows = rows;
        _verticals = verticals;
    }

    public static List<RulingGrid> Find(Page page)
    {
        var rulings = page.Paths.Where(p => p.IsStroked || p.IsFilled).SelectMany(Rulings).ToList();
        var verticals = rulings.Where(r => r.Vertical).OrderBy(r => r.From).ToList();
        var horizontals = rulings.Where(r => !r.Vertical).ToList();
        var grids = new List<RulingGrid>();
        var group = new List<Ruling>();
        foreach (var vertical in verticals.Append(null))
        {
            if (vertical is not null && (group.Count == 0 || vertical.From <= group.Max(v => v.To) + Near))
            {
                group.Add(vertical);
                continue;
            }

            if (Grid(group, horizontals) is { } grid)
            {
                grids.Add(grid);
            }

            group = vertical is null ? [] : [vertical];
        }

        return grids;
    }

    public bool Contains(double x, double y) => x > _columns[0] && x < _columns[^1] && y < _rows[0] && y > _rows[^1];

    /// <summary>
    /// The grid's rows that hold any words, top to bottom, each with its top and its cells' text. A row has the cells its
    /// own column rules make: cells merged across columns count once, as the row was written.
    /// </summary>
    public List<(double Top, string[] Cells)> Rows(IReadOnlyList<Word> words)
    {
        var columns = Enumerable.Range(0, _rows.Length - 1)
            .Select(r => Distinct(_verticals.Where(v => v.From < (_rows[r] + _rows[r + 1]) / 2 && v.To > (_rows[r] + _rows[r + 1]) / 2).Select(v => v.At)))
            .Select(xs => xs.Count >= 2 ? xs : [.. _columns])
            .ToList();
        var cells = new List<Word>[_rows.Length - 1, _columns.Length - 1];
        foreach (var word in words)
        {
            var centre = word.BoundingBox.Centroid;
            var row = Array.FindIndex(_rows, y => y < centre.Y) - 1;
            var column = row >= 0 ? columns[row].FindIndex(x => x > centre.X) - 1 : -1;
            if (row >= 0 && column >= 0)
            {
                (cells[row, column] ??= []).Add(word);
            }
        }

        var rows = new List<(double, string[])>();
        for (var r = 0; r < cells.GetLength(0); r++)
        {
            var texts = Enumerable.Range(0, columns[r].Count - 1)
                .Select(c => cells[r, c] is { } ws ? Join(PdfLines.Read(ws)) : string.Empty)
                .ToArray();
            if (texts.Any(t => t.Length > 0))
            {
                rows.Add((_rows[r], texts));
            }
        }

        return rows;
    }

    /// <summary>A cell's lines as one text; a word broken after a hyphen (<c>2021-</c> / <c>2025</c>) is put back together.</summary>
    private static string Join(List<PdfTextLine> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var broken = text.Length > 1 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);
            text.Append(text.Length == 0 || broken ? string.Empty : " ").Append(line.Text);
        }

        return text.ToString();
    }

    private static RulingGrid? Grid(List<Ruling> verticals, List<Ruling> horizontals)
    {
        var columns = Distinct(verticals.Select(v => v.At));
        if (columns.Count < FewestColumns + 1)
        {
            return null;
        }

        var top = verticals.Max(v => v.To);
        var bottom = verticals.Min(v => v.From);
        var rows = Distinct(horizontals
            .Where(h => h.At >= bottom - Near && h.At <= top + Near && h.From < columns[1] && h.To > columns[^2])
            .Select(h => h.At)
            .Append(top).Append(bottom));
        rows.Reverse();
        return new RulingGrid([.. columns], [.. rows], verticals);
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var sorted = new List<double>();
        foreach (var value in values.Order())
        {
            if (sorted.Count == 0 || value - sorted[^1] > Near)
            {
                sorted.Add(value);
            }
        }

        return sorted;
    }

    private static IEnumerable<Ruling> Rulings(UglyToad.PdfPig.Graphics.PdfPath path)
    {
        foreach (var subpath in path)
        {
            if (subpath.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            if (box.Width <= Thin && box.Height > Thin)
            {
                yield return new Ruling(true, (box.Left + box.Right) / 2, box.Bottom, box.Top);
            }
            else if (box.Height <= Thin && box.Width > Thin)
            {
                yield return new Ruling(false, (box.Bottom + box.Top) / 2, box.Left, box.Right);
            }
            else if (path.IsStroked && box.Width > Thin && box.Height > Thin)
            {
                foreach (var edge in Edges(box))
                {
                    yield return edge;
                }
            }
        }
    }

    private static IEnumerable<Ruling> Edges(PdfRectangle box) =>
    [
        new(true, box.Left, box.Bottom, box.Top), new(true, box.Right, box.Bottom, box.Top),
        new(false, box.Bottom, box.Left, box.Right), new(false, box.Top, box.Left, box.Right),
    ];
}
