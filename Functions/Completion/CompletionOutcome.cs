using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Completion;

/// <summary>What reporting a task done came to: the task as stored now, or the problem that stopped it.</summary>
public sealed record CompletionOutcome(StoredPlan? Plan, StoredTask? Task, bool AlreadyDone, ProblemHttpResult? Problem)
{
    public static CompletionOutcome Refused(ProblemHttpResult problem) => new(null, null, false, problem);
}
