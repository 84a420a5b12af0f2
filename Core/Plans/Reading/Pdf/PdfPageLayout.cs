using UglyToad.PdfPig.Content;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// A page as blocks in reading order: the rows of each ruled table (<see cref="RulingGrid"/>) and the lines of text
/// outside them (<see cref="PdfLines"/>).
/// </summary>
internal sealed record PdfPageLayout(double Height, IReadOnlyList<PdfBlock> Blocks)
{
    public static PdfPageLayout Read(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0).ToList();
        var grids = RulingGrid.Find(page);
        var blocks = new List<PdfBlock>();
        var outside = new List<Word>();
        var inside = grids.ToDictionary(g => g, _ => new List<Word>());
        foreach (var word in words)
        {
            var centre = word.BoundingBox.Centroid;
            if (grids.FirstOrDefault(g => g.Contains(centre.X, centre.Y)) is { } grid)
            {
                inside[grid].Add(word);
            }
            else
            {
                outside.Add(word);
            }
        }

        blocks.AddRange(PdfLines.Read(outside).Select(l => new PdfBlock(l.Baseline + l.Size, l, null)));
        foreach (var (grid, gridWords) in inside)
        {
            var rows = grid.Rows(gridWords);
            blocks.AddRange(rows.Select((r, i) => new PdfBlock(r.Top, null, r.Cells, i == 0)));
        }

        return new PdfPageLayout(page.Height, [.. blocks.OrderByDescending(b => b.Top)]);
    }
}
