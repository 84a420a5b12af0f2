using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>A task as read from the body, before its deadline is parsed and the appendix is compared.</summary>
internal sealed record TaskDraft(
    string Ref,
    string Title,
    Assignment Assignment,
    string? ReportTo,
    string? DeadlineText,
    string? Budget,
    SourceLocation Source,
    IReadOnlyList<string> Warnings);
