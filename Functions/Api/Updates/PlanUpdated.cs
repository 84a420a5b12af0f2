using DeadlineBot.Core.Plans.Revisions;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Updates;

/// <summary>
/// What applying a revision did: the plan as stored now, its tasks, the agencies added and the diff applied; or why
/// nothing was applied (<see cref="Outcome"/> not saved; <see cref="OwnerPlanId"/> when the revised document is
/// another plan; <see cref="Unsettled"/> when staff's decisions on new agencies are incomplete).
/// </summary>
public sealed record PlanUpdated(
    StoredPlan? Plan, IReadOnlyList<StoredTask> Tasks, IReadOnlyList<string> NewAgencies, PlanDiff? Diff, WriteOutcome Outcome)
{
    public string? OwnerPlanId { get; init; }

    public AgencyResolution? Unsettled { get; init; }

    public static PlanUpdated Failed(WriteOutcome outcome) => new(null, [], [], null, outcome);

    public static PlanUpdated ClaimedBy(string planId) => Failed(WriteOutcome.Exists) with { OwnerPlanId = planId };

    public static PlanUpdated AgenciesUnsettled(AgencyResolution resolution) => Failed(WriteOutcome.Exists) with { Unsettled = resolution };
}
