using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>What adding or replacing a task came to: the plan and the task as stored (with its new ETag), or why not.</summary>
public sealed record TaskEdit(StoredPlan? Plan, StoredTask? Task, TaskEditOutcome Outcome)
{
    public static TaskEdit Refused(TaskEditOutcome outcome, StoredPlan? plan = null) => new(plan, null, outcome);
}
