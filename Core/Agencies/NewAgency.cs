namespace DeadlineBot.Core.Agencies;

/// <summary>A name that reads as a body and that the directory does not know, with the tasks (0-based) that name it.</summary>
public sealed record NewAgency(string Name, IReadOnlyList<int> Tasks);
