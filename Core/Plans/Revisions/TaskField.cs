namespace DeadlineBot.Core.Plans.Revisions;

/// <summary>The names of the fields a revision can change, as the diff lists them.</summary>
public static class TaskField
{
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Cooperating = "cooperating";
    public const string Deadline = "deadline";
    public const string Reporting = "reporting";
}
