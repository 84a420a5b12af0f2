namespace DeadlineBot.Core.Plans;

/// <summary>The result of reading a plan document: its header, tasks, body/appendix conflicts and warnings.</summary>
public sealed record PlanImport(
    PlanMetadata Plan,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<ImportConflict> Conflicts,
    IReadOnlyList<string> Warnings);
