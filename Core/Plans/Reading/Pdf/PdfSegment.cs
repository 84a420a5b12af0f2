namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>Words of one line that stand close together: the whole line, or one cell of an unruled table.</summary>
internal sealed record PdfSegment(double Left, double Right, string Text);
