namespace DeadlineBot.Core.Deadlines;

/// <summary>Where in a deadline text something was read: <see cref="Length"/> characters from <see cref="Start"/>.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The characters of <paramref name="text"/> this span covers (empty when it lies outside).</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return End <= text.Length ? text.Substring(Start, Length) : string.Empty;
    }
}
