using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Structure;

/// <summary>A plan split into its parts: the header and preamble, the outline of the body, and the appendix.</summary>
internal sealed record PlanOutline(IReadOnlyList<Paragraph> Header, OutlineNode Body, IReadOnlyList<Paragraph> Appendix);
