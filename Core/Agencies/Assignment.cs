namespace DeadlineBot.Core.Agencies;

/// <summary>Who leads a task (chủ trì) and who cooperates (phối hợp), as canonical agency names.</summary>
public sealed record Assignment(IReadOnlyList<string> Lead, IReadOnlyList<string> Cooperating)
{
    public static Assignment None { get; } = new([], []);

    public bool HasLead => Lead.Count > 0;
}
