namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>Where a schedule was read: <c>{"start", "length", "text"}</c>, in characters of the (NFC) input text.</summary>
public sealed record SpanJson(int Start, int Length, string Text);
