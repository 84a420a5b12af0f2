namespace DeadlineBot.Core.Plans;

/// <summary>Where in the document a task came from: the 1-based line of the extracted text, and body or appendix.</summary>
public sealed record SourceLocation(int Line, string Part);
