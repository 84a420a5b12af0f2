using System.Text;
using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// A folded copy of a deadline text that remembers, for each of its characters, where it came from, so that a
/// warning can quote what the user wrote (<c>tháng 9</c>) rather than the folded form (<c>thang 9</c>).
/// </summary>
internal sealed class FoldedText
{
    private readonly string _source;
    private readonly int[] _origins;

    public FoldedText(string source, string text, int[] origins)
    {
        _source = source;
        Text = text;
        _origins = origins;
    }

    public string Text { get; }

    /// <summary>The source text behind the folded characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Original(int start, int end)
    {
        if (end <= start || start >= _origins.Length)
        {
            return string.Empty;
        }

        var from = _origins[start];
        var to = _origins[Math.Min(end, _origins.Length) - 1];
        return _source[from..(to + 1)].Trim();
    }

    /// <summary>Where the folded characters [<paramref name="start"/>, <paramref name="end"/>) stand in the source text.</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start || start >= _origins.Length)
        {
            return new TextSpan(0, 0);
        }

        var from = _origins[start];
        var to = _origins[Math.Min(end, _origins.Length) - 1];
        return new TextSpan(from, to + 1 - from);
    }

    /// <summary>The text from <paramref name="start"/> on.</summary>
    public FoldedText Skip(int start) => new(_source, Text[start..], _origins[start..Text.Length]);

    /// <summary>Replaces the matches of <paramref name="pattern"/>; a replacement's characters come from where its match began.</summary>
    public FoldedText Replace(Regex pattern, Func<Match, string> replacement)
    {
        var match = pattern.Match(Text);
        if (!match.Success)
        {
            return this;
        }

        var text = new StringBuilder(Text.Length);
        var origins = new List<int>(Text.Length);
        var copied = 0;
        for (; match.Success; match = match.NextMatch())
        {
            text.Append(Text, copied, match.Index - copied);
            origins.AddRange(_origins.AsSpan(copied, match.Index - copied));
            var replaced = replacement(match);
            text.Append(replaced);
            for (var i = 0; i < replaced.Length; i++)
            {
                origins.Add(_origins[Math.Min(match.Index + i, match.Index + match.Length - 1)]);
            }

            copied = match.Index + match.Length;
        }

        text.Append(Text, copied, Text.Length - copied);
        origins.AddRange(_origins.AsSpan(copied, Text.Length - copied));
        return new FoldedText(_source, text.ToString(), [.. origins]);
    }
}
