namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>One line of batch input: <c>{"text": "...", "issued": "YYYY-MM-DD"}</c>; <c>issued</c> may be left out.</summary>
public sealed record DeadlineRequestJson(string? Text, string? Issued);
