namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Whole-word tests on folded text, for the cues around a mention (<c>từ</c>, <c>đến hết</c>, <c>đầu</c>).</summary>
internal static class Words
{
    public static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || text[^(word.Length + 1)] == ' ');

    public static ReadOnlySpan<char> WithoutLastWord(ReadOnlySpan<char> text, string word) =>
        EndsWithWord(text, word) ? text[..^word.Length].TrimEnd() : text;

    /// <summary>Whether the word right before <paramref name="index"/> in <paramref name="text"/> is one of <paramref name="words"/>.</summary>
    public static bool PrecededBy(string text, int index, params ReadOnlySpan<string> words)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        foreach (var word in words)
        {
            if (EndsWithWord(before, word))
            {
                return true;
            }
        }

        return false;
    }
}
