namespace DeadlineBot.Core.Plans.Lines;

/// <summary>A logical paragraph of the document: hard-wrapped lines joined back, with the 1-based line it starts on.</summary>
internal sealed record Paragraph(int Line, string Text)
{
    public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);
}
