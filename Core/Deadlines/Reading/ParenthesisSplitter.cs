using System.Text;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Separates conditions in parentheses from the deadline itself. A short group that reads as part of the deadline
/// (<c>(2 năm/lần)</c>, <c>(trước ngày 15/12)</c>) stays in the text; any other group becomes the note
/// (<c>(Ngay sau khi Đề án … được phê duyệt)</c>), and so does a deadline it replaces (<c>(thời hạn cũ 31/7/2024)</c>).
/// A group that starts with a time cue (<c>(trong tháng 5 và tháng 6 năm 2025)</c>, <c>(gia hạn … từ ngày … đến …)</c>)
/// stays too. The text kept has the length of the text given, parentheses and notes blanked, so that what is read in it
/// can be pointed to in the original. Unbalanced parentheses are left as they are.
/// </summary>
internal static class ParenthesisSplitter
{
    private const int MaxInlineWords = 6;
    private const int MaxRepetitionWords = 12;
    private const int MaxCuedWords = 16;

    private static readonly string[] RepetitionWords = ["hang ", "dinh ky", "thuong xuyen", " lan", "/lan", "truoc ngay"];

    private static readonly string[] ReplacedStarts = ["thoi han cu", "han cu", "thay cho", "thay vi", "truoc day"];

    private static readonly string[] CuedStarts = ["trong ", "truoc ", "den ", "tu ngay", "cham nhat", "han ", "hoan thanh", "gia han"];

    public static (string Text, string? Note) Split(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            return (text, null);
        }

        var kept = new StringBuilder(text.Length);
        List<string>? notes = null;
        var depth = 0;
        var groupStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                if (depth++ == 0)
                {
                    groupStart = i + 1;
                }

                continue;
            }

            if (c == ')' && depth > 0)
            {
                if (--depth == 0)
                {
                    var group = text[groupStart..i];
                    if (ReadsAsDeadline(group.Trim()))
                    {
                        kept.Append(' ').Append(group).Append(' ');
                    }
                    else
                    {
                        if (group.Trim().Length > 0)
                        {
                            (notes ??= []).Add(group.Trim());
                        }

                        kept.Append(' ', group.Length + 2);
                    }
                }

                continue;
            }

            if (depth == 0)
            {
                kept.Append(c);
            }
        }

        if (depth > 0)
        {
            return (text, null);
        }

        return (kept.ToString(), notes is null ? null : string.Join("; ", notes));
    }

    /// <summary>
    /// Short with a number, a quarter or a repetition word (<c>(2 năm/lần)</c>, <c>(trước ngày 15/12)</c>, <c>(Quý IV)</c>), or a little longer
    /// with a repetition word (<c>(tổ chức định kỳ 05 năm 2 lần)</c>).
    /// </summary>
    private static bool ReadsAsDeadline(string group)
    {
        var folded = DeadlineNormalizer.Fold(group).Text;
        if (ReplacedStarts.Any(w => folded.StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= MaxCuedWords && folded.Any(char.IsAsciiDigit) && CuedStarts.Any(w => folded.StartsWith(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var repeats = RepetitionWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
        return words > 0 && (repeats ? words <= MaxRepetitionWords : words <= MaxInlineWords && (folded.Any(char.IsAsciiDigit) || folded.Contains("quy ", StringComparison.Ordinal)));
    }
}
