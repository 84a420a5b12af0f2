using System.Text;
using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Turns a deadline text into the one form the readers match: lowercase, without diacritics (đ → d), single
/// spaces, one kind of dash, no <c>./.</c> ending, no leading label, and known PDF word breaks repaired.
/// Works on NFC and NFD input alike, since combining marks are dropped.
/// </summary>
internal static partial class DeadlineNormalizer
{
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    public static FoldedText Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '*' or '_' or '"' or '“' or '”')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var folded = FoldChar(c);
            if (folded == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                origins.Add(i);
                pendingSpace = false;
            }

            builder.Append(folded);
            origins.Add(i);
        }

        return new FoldedText(text, builder.ToString(), [.. origins])
            .Replace(WebEnding(), static _ => string.Empty)
            .Replace(LeadingLabel(), static _ => string.Empty)
            .Replace(PdfBreak(), static m => Repair(m.Value));
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

    [GeneratedRegex(@"\./\.", RegexOptions.CultureInvariant)]
    private static partial Regex WebEnding();

    /// <summary><c>Thời gian thực hiện hoàn thành, báo cáo UBND tỉnh:</c> and the like, without digits before the colon.</summary>
    [GeneratedRegex(@"^[^:\d]*?\b(?:thoi gian|thoi han|thoi diem|tien do|han)\b[^:\d]*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"\b(?:h ng(?= (?:nam|quy|thang|tuan)\b)|giai on|th ng(?= \d)|n m(?= \d)|tr c(?= ngay)|thu ng xuyen|ho n th nh|d nh k)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PdfBreak();
}
