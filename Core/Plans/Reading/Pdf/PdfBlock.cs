namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// What a page holds, top to bottom: a line of running text, or a row of a ruled table (its cells, and whether it is the
/// first row of its table on the page).
/// </summary>
internal sealed record PdfBlock(double Top, PdfTextLine? Line, IReadOnlyList<string>? Cells, bool FirstRow = false);
