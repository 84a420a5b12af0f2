using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>
/// A task as read from the body, before its deadline is parsed and the appendix is compared. <see cref="Prose"/> is
/// the task's own running text (its title and sentences), read for a deadline when it has no deadline line.
/// </summary>
internal sealed record TaskDraft(
    string Ref,
    string Title,
    Assignment Assignment,
    string? ReportTo,
    string? DeadlineText,
    string? Budget,
    SourceLocation Source,
    IReadOnlyList<string> Warnings,
    string? Prose = null);
