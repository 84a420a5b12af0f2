namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Something a reader found in the folded text, at [<see cref="Start"/>, <see cref="End"/>).</summary>
internal abstract record Mention(int Start, int End);
