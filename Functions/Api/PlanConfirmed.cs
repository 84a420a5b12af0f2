using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// What confirming a plan did: the plan stored with its tasks and the agencies added to the directory, or nothing
/// because the same document is already the plan <see cref="ExistingPlanId"/>, or because staff's decisions on the new
/// agencies are incomplete (<see cref="Unsettled"/>).
/// </summary>
public sealed record PlanConfirmed(StoredPlan? Plan, IReadOnlyList<StoredTask> Tasks, IReadOnlyList<string> NewAgencies, string? ExistingPlanId)
{
    /// <summary>Staff's decisions on the new agencies that stopped the confirmation (one missing, or one that cannot be done).</summary>
    public AgencyResolution? Unsettled { get; init; }

    public static PlanConfirmed AlreadyConfirmed(string existingPlanId) => new(null, [], [], existingPlanId);

    public static PlanConfirmed AgenciesUnsettled(AgencyResolution resolution) => new(null, [], [], null) { Unsettled = resolution };
}
