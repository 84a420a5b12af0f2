using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Where a mention stands in its clause: the part of the sentence it belongs to (between <c>;</c> and sentence
/// ends, or between commas), and whether the words right before it set a time (<c>trước</c>, <c>đến hết</c>,
/// <c>chậm nhất</c>, <c>trong</c>, <c>vào</c>, <c>trình … </c>) rather than name something dated.
/// </summary>
internal static partial class Clauses
{
    private const int TrinhReach = 6;
    private const int LookBehind = 8;
    private const int MaxCueWords = 3;

    private static readonly HashSet<string> SpanCues =
        ["ngay", "truoc", "den", "het", "toi", "cham", "muon", "nhat", "trong", "vao", "tu", "ke", "han", "la"];

    /// <summary>Words that, right before a period, make it a time the clause sets.</summary>
    private static readonly string[] Cues =
        ["truoc", "den", "het", "toi", "tu", "vao", "trong", "nhat", "la", "han", "thanh", "xong", "dau", "giua", "cuoi", "trinh"];

    /// <summary>Words between a cue and the period that do not change it: <c>ngày</c>, <c>sáng</c>, <c>chiều</c>.</summary>
    private static readonly string[] Transparent = ["ngay", "sang", "chieu", "toi", "trua", "dem"];

    /// <summary>Where the part holding <paramref name="index"/> begins: after the last <c>;</c> or sentence end before it.</summary>
    public static int PartStart(string text, int index)
    {
        for (var i = Math.Min(index, text.Length) - 1; i > 0; i--)
        {
            if (text[i] == ';' || (text[i] == ' ' && text[i - 1] == '.' && !IsDigitBefore(text, i - 1)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Where the stretch between semicolons holding <paramref name="index"/> begins.</summary>
    public static int SemicolonPartStart(string text, int index) => text.LastIndexOf(';', Math.Max(0, Math.Min(index, text.Length) - 1)) + 1;

    /// <summary>Where the part holding <paramref name="index"/> ends (exclusive).</summary>
    public static int PartEnd(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            if (text[i] == ';' || (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Where the comma-delimited stretch holding <paramref name="index"/> begins.</summary>
    public static int CommaPartStart(string text, int index)
    {
        var part = PartStart(text, index);
        for (var i = Math.Min(index, text.Length) - 1; i >= part; i--)
        {
            if (text[i] == ',')
            {
                return i + 1;
            }
        }

        return part;
    }

    /// <summary>Whether the words right before <paramref name="index"/> (past <c>ngày</c>, <c>sáng</c>) are a cue that sets a time.</summary>
    public static bool IsCued(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var word in Transparent)
            {
                if (Words.EndsWithWord(before, word))
                {
                    before = before[..^word.Length].TrimEnd();
                    stripped = true;
                }
            }
        }

        foreach (var cue in Cues)
        {
            if (Words.EndsWithWord(before, cue))
            {
                return cue != "han" || !(Words.EndsWithWord(before, "trung han") || Words.EndsWithWord(before, "dai han") || Words.EndsWithWord(before, "ngan han"));
            }
        }

        var from = WordStart(text, index, TrinhReach);
        var lead = Math.Max(0, from - LookBehind);
        foreach (var match in SubmitVerb().EnumerateMatches(text.AsSpan(lead, index - lead)))
        {
            if (lead + match.Index >= from - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the words that set the time of the mention at <paramref name="index"/> begin: <c>trước ngày</c>, <c>chậm nhất
    /// ngày</c>, <c>đến hết ngày</c>, <c>trong</c>, so that a span shows them with the date.
    /// </summary>
    public static int CueStart(string text, int index)
    {
        var start = index;
        for (var words = 0; words < MaxCueWords; words++)
        {
            var before = text.AsSpan(0, start).TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.IsEmpty || !SpanCues.Contains(word.ToString()))
            {
                break;
            }

            start = space + 1;
        }

        return start;
    }

    /// <summary>Where the <paramref name="count"/> words before <paramref name="index"/> begin.</summary>
    public static int WordStart(string text, int index, int count)
    {
        var start = index;
        for (var seen = 0; start > 0 && seen <= count; start--)
        {
            if (text[start - 1] == ' ')
            {
                seen++;
            }
        }

        return start;
    }

    /// <summary>Up to <paramref name="count"/> words right before <paramref name="index"/>, with a space at each end.</summary>
    public static string WordsBefore(string text, int index, int count)
    {
        var start = WordStart(text, index, count);
        return string.Concat(" ", text.AsSpan(start, index - start).Trim(), " ");
    }

    /// <summary>How many words lie in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static int WordCount(string text, int start, int end) => text.AsSpan(start, Math.Max(0, end - start)).Trim().Count(' ') + 1;

    private static bool IsDigitBefore(string text, int dot) => dot > 0 && char.IsAsciiDigit(text[dot - 1]) && dot + 2 < text.Length && char.IsAsciiDigit(text[dot + 2]);

    /// <summary>The verb <c>trình</c> (submit), not the word in <c>chương trình</c>, <c>công trình</c>, <c>tờ trình</c>, <c>quá trình</c>.</summary>
    [GeneratedRegex(@"(?<!\b(?:chuong|cong|to|qua|lo|giao|phuong))\strinh\s", RegexOptions.CultureInvariant)]
    private static partial Regex SubmitVerb();
}
