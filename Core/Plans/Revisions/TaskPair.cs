namespace DeadlineBot.Core.Plans.Revisions;

/// <summary>
/// A stored task (<see cref="Stored"/>, its index in the stored version) matched to a task of the revision
/// (<see cref="Revised"/>), with the fields that differ (<see cref="TaskField"/>); none when it is unchanged.
/// <see cref="Renumbered"/>: only its number moved (a task inserted or removed before it).
/// </summary>
public sealed record TaskPair(int Stored, int Revised, IReadOnlyList<string> Fields, bool Renumbered);
