namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>One printed line: its baseline, left and right edges, font size and its pieces from left to right.</summary>
internal sealed record PdfTextLine(double Baseline, double Left, double Right, double Size, IReadOnlyList<PdfSegment> Segments)
{
    public string Text => string.Join(' ', Segments.Select(s => s.Text));
}
