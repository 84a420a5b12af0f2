using System.Text;
using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Turns a deadline text into the one form the readers match: lowercase, without diacritics (đ → d), single
/// spaces, one kind of dash, no <c>./.</c> ending, no leading label, <c>ngày thứ 20</c> as <c>ngày 20</c>, and
/// known PDF word breaks repaired.
/// Works on NFC and NFD input alike, since combining marks are dropped.
/// </summary>
internal static partial class DeadlineNormalizer
{
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    private static readonly string[] Labels = ["thoi gian", "thoi han", "thoi diem", "tien do", "han"];

    private static readonly string[] BrokenWords = ["h ng", "giai on", "th ng", "n m", "tr c", "thu ng", "ho n", "d nh"];

    public static FoldedText Fold(string text)
    {
        var folded = new char[text.Length];
        var origins = new int[text.Length];
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '*' or '_' or '"' or '“' or '”')
            {
                pendingSpace = length > 0;
                continue;
            }

            var f = FoldChar(c);
            if (f == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                origins[length] = i;
                folded[length++] = ' ';
                pendingSpace = false;
            }

            origins[length] = i;
            folded[length++] = f;
        }

        var result = new FoldedText(text, new string(folded, 0, length), origins);
        if (result.Text.Contains("./.", StringComparison.Ordinal))
        {
            result = result.Replace(WebEnding(), static _ => string.Empty);
        }

        result = WithoutLabel(result);
        if (result.Text.Contains("ngay thu ", StringComparison.Ordinal))
        {
            result = result.Replace(OrdinalDay(), static _ => "ngay ");
        }

        foreach (var word in BrokenWords)
        {
            if (result.Text.Contains(word, StringComparison.Ordinal))
            {
                return result.Replace(PdfBreak(), static m => Repair(m.Value));
            }
        }

        return result;
    }

    /// <summary>
    /// Drops a leading label such as <c>Thời gian thực hiện hoàn thành, báo cáo UBND tỉnh:</c>: text before the
    /// first colon, without digits, naming a time (<c>thời gian</c>, <c>thời hạn</c>, <c>thời điểm</c>, <c>tiến độ</c>, <c>hạn</c>).
    /// </summary>
    private static FoldedText WithoutLabel(FoldedText text)
    {
        var colon = text.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return text;
        }

        var label = text.Text.AsSpan(0, colon);
        if (label.ContainsAnyInRange('0', '9') || !NamesTime(text.Text, colon))
        {
            return text;
        }

        var rest = colon + 1;
        while (rest < text.Text.Length && text.Text[rest] == ' ')
        {
            rest++;
        }

        return text.Skip(rest);
    }

    private static bool NamesTime(string text, int end)
    {
        foreach (var label in Labels)
        {
            if (ContainsWord(text, end, label))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string text, int end, string word)
    {
        for (var at = text.IndexOf(word, 0, end, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal))
        {
            if ((at == 0 || text[at - 1] == ' ') && (at + word.Length == end || !char.IsAsciiLetter(text[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static char FoldChar(char c) => c switch
    {
        >= '\u0300' and <= '\u036F' => '\0',
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => '\0',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        < (char)TableSize => FoldTable[c],
        _ => char.ToLowerInvariant(c),
    };

    private static string Repair(string broken) => broken switch
    {
        "h ng" => "hang",
        "giai on" => "giai doan",
        "th ng" => "thang",
        "n m" => "nam",
        "tr c" => "truoc",
        "thu ng xuyen" => "thuong xuyen",
        "ho n th nh" => "hoan thanh",
        "d nh k" => "dinh ky",
        _ => broken,
    };

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(decomposed[0]);
        }

        table['đ'] = 'd';
        table['Đ'] = 'd';
        return table;
    }

    /// <summary>
    /// <c>ngày thứ 20 của tháng</c> (legal style) is <c>ngày 20 của tháng</c>; not <c>ngày thứ 10 kể từ ngày phát sinh</c>,
    /// a count of days from an event.
    /// </summary>
    [GeneratedRegex(@"\bngay thu (?=\d{1,2}\b(?!\s*,?\s*(?:ke|tinh) tu\b))", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\./\.", RegexOptions.CultureInvariant)]
    private static partial Regex WebEnding();

    [GeneratedRegex(@"\b(?:h ng(?= (?:nam|quy|thang|tuan)\b)|giai on|th ng(?= \d)|n m(?= \d)|tr c(?= ngay)|thu ng xuyen|ho n th nh|d nh k)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PdfBreak();
}
