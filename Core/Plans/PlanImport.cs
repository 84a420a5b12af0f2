using DeadlineBot.Core.Plans.Reading;

namespace DeadlineBot.Core.Plans;

/// <summary>
/// The result of reading a plan document: its header, tasks, body/appendix conflicts and warnings; the warnings begin
/// with the <see cref="Problems"/>, the signs that part of the document was not read.
/// </summary>
public sealed record PlanImport(
    PlanMetadata Plan,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<ImportConflict> Conflicts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Signs that the import is incomplete (tasks lost, an appendix that matches nothing, unreadable text).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Whether nothing suggests that part of the document was lost.</summary>
    public bool IsComplete => Problems.Count == 0;

    /// <summary>The SHA-256 of the document's bytes (hex): the same document always has it, so a plan is confirmed once.</summary>
    public string? ContentHash { get; init; }

    /// <summary>What the file was read as.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The plan's yearly reporting date, when it sets one.</summary>
    public PlanReportingRule? ReportingRule { get; init; }

    /// <summary>The date relative and year-less deadlines were counted from (the date of issue, or what stood in for it).</summary>
    public DateOnly? CountedFrom { get; init; }

    /// <summary>
    /// In a preview: the occurrences of the recurring tasks, and which of them would be tracked if the plan were confirmed
    /// today (see <c>ImportedTasks.Preview</c>). None outside a preview.
    /// </summary>
    public IReadOnlyList<Reminders.OccurrencePreview>? Occurrences { get; init; }

    /// <summary>
    /// In a preview: the leads and cooperating agencies that read as a body and that the directory does not know, for
    /// staff to accept, rename or refuse before confirming (see <c>NewAgencies.Find</c>). None outside a preview.
    /// </summary>
    public IReadOnlyList<Agencies.NewAgency>? NewAgencies { get; init; }
}
