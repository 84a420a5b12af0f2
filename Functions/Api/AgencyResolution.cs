using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Staff's decisions on a plan's new agencies, resolved: the names no decision covers (<see cref="Undecided"/>), the
/// names put in place of others on the tasks (<see cref="Renames"/>), the directory entries to create
/// (<see cref="ToCreate"/>), or the decision that cannot be carried out (<see cref="ProblemField"/>).
/// Refused names are in none of these: they stay written on their tasks.
/// </summary>
public sealed record AgencyResolution(
    IReadOnlyList<string> Undecided,
    IReadOnlyDictionary<string, string> Renames,
    IReadOnlyList<string> ToCreate,
    string? ProblemField = null)
{
    public bool IsSettled => Undecided.Count == 0 && ProblemField is null;

    /// <summary>The task with renamed agencies in place of the names written.</summary>
    public StoredTask Apply(StoredTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task with
        {
            Lead = Map(task.Lead),
            Cooperating = Map(task.Cooperating),
            ReportTo = task.ReportTo is { } to ? Renames.GetValueOrDefault(to, to) : null,
        };
    }

    private List<string> Map(IReadOnlyList<string> names) =>
        [.. names.Select(n => Renames.GetValueOrDefault(n, n)).Distinct(StringComparer.Ordinal)];
}
