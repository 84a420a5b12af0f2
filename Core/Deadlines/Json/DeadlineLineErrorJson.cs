namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>What a batch writes for an input line it could not take: <c>{"error": "...", "line": N}</c>.</summary>
public sealed record DeadlineLineErrorJson(string Error, int Line);
