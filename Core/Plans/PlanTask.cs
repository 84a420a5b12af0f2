using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans;

/// <summary>One task a plan assigns, as imported for staff to review.</summary>
public sealed record PlanTask(
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? ReportTo,
    string? DeadlineText,
    DeadlineParseResult Deadline,
    string? Budget,
    SourceLocation Source,
    IReadOnlyList<string> Warnings);
