using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// Finds the page furniture to leave out: lines near the top or bottom of the page that recur at the same height on
/// nearly every page (a running header or footer, compared with their digits blanked), and page numbers
/// (<c>3</c>, <c>- 3 -</c>, <c>Trang 3</c>, <c>3/12</c>) there.
/// </summary>
internal static partial class RunningLines
{
    private const double Band = 0.12;
    private const double NearlyEvery = 0.8;
    private const double SameHeight = 2;

    public static HashSet<PdfTextLine> Find(IReadOnlyList<PdfPageLayout> pages)
    {
        var inBands = pages.Select(p => p.Blocks.Where(b => b.Line is not null && InBand(b, p.Height)).Select(b => b.Line!).ToList()).ToList();
        var fewest = Math.Max(2, (int)Math.Ceiling((pages.Count - 1) * NearlyEvery));
        var recurring = inBands
            .SelectMany(lines => lines.Select(Key).Distinct())
            .GroupBy(k => k)
            .Where(g => g.Count() >= fewest)
            .Select(g => g.Key)
            .ToHashSet();
        return inBands.SelectMany(lines => lines)
            .Where(l => recurring.Contains(Key(l)) || PageNumber().IsMatch(l.Text))
            .ToHashSet();
    }

    private static bool InBand(PdfBlock block, double height) => block.Top > height * (1 - Band) || block.Top < height * Band;

    private static (string, double) Key(PdfTextLine line) => (Digits().Replace(line.Text, "#"), Math.Round(line.Baseline / SameHeight));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:Trang\s*)?[-–]?\s*\d{1,5}\s*[-–]?(?:\s*/\s*\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
