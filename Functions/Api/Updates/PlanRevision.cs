using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Plans.Revisions;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Updates;

/// <summary>A revised document compared with the plan stored: the plan, its tasks (in the order compared), the revision's preview and the diff.</summary>
public sealed record PlanRevision(StoredPlan Plan, IReadOnlyList<StoredTask> Stored, PlanImport Preview, PlanDiff Diff);
