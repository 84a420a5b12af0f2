namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// One task in a plan's update preview. Added: <see cref="Index"/> into the preview's tasks. Removed: the stored task's
/// <see cref="Id"/>. Changed: both, the <see cref="Fields"/> that differ (title, lead, cooperating, deadline, reporting)
/// and the stored task's number (<see cref="PreviousRef"/>). Ref and title are the revision's, or the stored ones when removed.
/// </summary>
public sealed record TaskRevisionView(string? Id, int? Index, string Ref, string Title, IReadOnlyList<string>? Fields, string? PreviousRef);
