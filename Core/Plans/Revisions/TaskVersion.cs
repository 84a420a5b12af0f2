using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Revisions;

/// <summary>A task as one version of a plan holds it: the fields a revision is compared on.</summary>
public sealed record TaskVersion(
    string Ref,
    string Title,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? ReportTo,
    string? DeadlineText,
    IReadOnlyList<Schedule> Schedules);
