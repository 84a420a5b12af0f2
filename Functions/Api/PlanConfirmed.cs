using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// What confirming a plan did: the plan stored with its tasks and the agencies added to the directory, or nothing
/// because the same document is already the plan <see cref="ExistingPlanId"/>.
/// </summary>
public sealed record PlanConfirmed(StoredPlan? Plan, IReadOnlyList<StoredTask> Tasks, IReadOnlyList<string> NewAgencies, string? ExistingPlanId)
{
    public static PlanConfirmed AlreadyConfirmed(string existingPlanId) => new(null, [], [], existingPlanId);
}
