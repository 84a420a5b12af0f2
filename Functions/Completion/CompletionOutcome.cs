using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// What showing or reporting a task done came to: the task as stored now, the <see cref="Occurrence"/> concerned
/// (none for a one-off task), the <see cref="Report"/> that closed it if any, or the <see cref="Refusal"/> that stopped it.
/// </summary>
public sealed record CompletionOutcome(
    StoredPlan? Plan, StoredTask? Task, Occurrence? Occurrence, CompletionReport? Report, bool AlreadyDone, CompletionRefusal? Refusal)
{
    public static CompletionOutcome Refused(CompletionRefusal refusal) => new(null, null, null, null, false, refusal);

    /// <summary>The day the task or occurrence was reported done (a one-off task stored before reports were kept has only its date).</summary>
    public DateOnly? DoneOn => Report?.DoneOn ?? (Occurrence is null ? Task?.DoneOn : null);
}
