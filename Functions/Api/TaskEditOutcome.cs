namespace DeadlineBot.Functions.Api;

/// <summary>The outcome of a task edit (<see cref="TaskEditor"/>).</summary>
public enum TaskEditOutcome
{
    Saved,
    PlanNotFound,
    TaskNotFound,

    /// <summary>Someone changed the task since the version the edit was made on.</summary>
    Stale,
}
