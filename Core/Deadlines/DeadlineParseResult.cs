namespace DeadlineBot.Core.Deadlines;

/// <summary>
/// What <see cref="DeadlineParser"/> read from one deadline text: the original text, the schedules found
/// (possibly none), warnings for a person to review, and a condition kept as a note.
/// </summary>
public sealed record DeadlineParseResult(
    string Text,
    IReadOnlyList<Schedule> Schedules,
    IReadOnlyList<string> Warnings,
    string? Note)
{
    public bool IsUnderstood => Schedules.Count > 0;
}
