namespace DeadlineBot.Functions.Completion;

/// <summary>Why a task, or an occurrence of it, could not be shown or reported done. Hosts map each to an answer.</summary>
public enum CompletionRefusal
{
    PlanNotFound,
    TaskNotFound,

    /// <summary>The task has no occurrence of that period.</summary>
    OccurrenceNotFound,

    /// <summary>The agency in the link does not lead the task.</summary>
    NotYours,

    /// <summary>Someone changed the task since it was read.</summary>
    Stale,

    /// <summary>The link's signature does not match its parts.</summary>
    LinkTampered,

    /// <summary>The link's last valid day has passed.</summary>
    LinkExpired,
}
