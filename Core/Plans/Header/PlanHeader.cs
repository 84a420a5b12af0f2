namespace DeadlineBot.Core.Plans.Header;

/// <summary>The header read from a plan, the date its deadlines count from (null when none can be told) and warnings.</summary>
internal sealed record PlanHeader(PlanMetadata Metadata, DateOnly? CountFrom, IReadOnlyList<string> Warnings);
