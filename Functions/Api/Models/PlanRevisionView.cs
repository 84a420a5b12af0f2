using DeadlineBot.Core.Plans;
using DeadlineBot.Functions.Api.Updates;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// A revised document compared with the stored plan (<c>POST /api/plans/{planId}/update/preview</c>): tasks added,
/// removed and changed, how many are unchanged, the revision's content hash, the plan's <see cref="ETag"/> to send in
/// If-Match with the update, and the revision's <see cref="Preview"/> (as <c>POST /api/plans/preview</c> gives it), whose
/// plan, tasks, contentHash (and agencies decisions) are the body of <c>POST /api/plans/{planId}/update</c>.
/// </summary>
public sealed record PlanRevisionView(
    string PlanId,
    string ETag,
    string? ContentHash,
    IReadOnlyList<TaskRevisionView> Added,
    IReadOnlyList<TaskRevisionView> Removed,
    IReadOnlyList<TaskRevisionView> Changed,
    int Unchanged,
    PlanImport Preview)
{
    public static PlanRevisionView From(PlanRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var (plan, stored, preview, diff) = revision;
        var tasks = preview.Tasks;
        return new(
            plan.Id,
            plan.ETag.ToString(),
            preview.ContentHash,
            [.. diff.Added.Select(i => new TaskRevisionView(null, i, tasks[i].Ref, tasks[i].Title, null, null))],
            [.. diff.Removed.Select(i => new TaskRevisionView(stored[i].Id, null, stored[i].Ref, stored[i].Title, null, null))],
            [.. diff.Changed.Select(p => new TaskRevisionView(stored[p.Stored].Id, p.Revised, tasks[p.Revised].Ref, tasks[p.Revised].Title, p.Fields, stored[p.Stored].Ref))],
            diff.Unchanged.Count,
            preview);
    }
}
