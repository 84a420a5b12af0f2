using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Plans.Lines;

/// <summary>The marks that open a part of a plan: <c>II.</c>, <c>2.</c>, <c>2.1.</c>, <c>a)</c>, <c>-</c>, and the task's field lines.</summary>
internal static partial class Markers
{
    [GeneratedRegex(@"^(?<label>[IVX]{1,5})\.\s+(?<text>\S.*)$")]
    public static partial Regex Section();

    [GeneratedRegex(@"^(?<label>\d{1,2})\.\s+(?<text>\S.*)$")]
    public static partial Regex Item();

    [GeneratedRegex(@"^(?<label>\d{1,2}\.\d{1,2})\.?\s+(?<text>\S.*)$")]
    public static partial Regex NumberedSubItem();

    [GeneratedRegex(@"^(?:[-+•]\s*)?(?<label>[a-zđ])\)\s*(?<text>\S.*)$")]
    public static partial Regex LetteredSubItem();

    [GeneratedRegex(@"^[-+•–]\s*(?<text>\S.*)$")]
    public static partial Regex Bullet();

    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?<key>(?:Cơ quan|Đơn vị) (?:thực hiện|chủ trì)|Thời (?:gian|hạn)[^:]{0,90}|Tiến độ[^:]{0,40}|Kinh phí[^:]{0,40})\s*:\s*(?<value>.*)$")]
    public static partial Regex Field();

    [GeneratedRegex(@"^(?:Giao\s|Đề nghị\s|Định kỳ\s|Nơi nhận|Phụ lục|PHỤ LỤC|STT\t|TT\t|Trên đây là|Số\s*:|\p{Lu}[\p{L} .'\-]{1,40},\s*ngày\s)")]
    public static partial Regex Opening();

    /// <summary>Whether a line is a heading in capitals (<c>KẾ HOẠCH</c>, <c>II. NHIỆM VỤ</c>), which stands alone.</summary>
    public static bool IsCapitals(string line)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 3 && upper >= letters * 0.8;
    }

    /// <summary>Whether a line opens a new part and so never continues the line before it.</summary>
    public static bool OpensPart(string line, bool previousEnded)
    {
        if (Section().IsMatch(line) || Item().IsMatch(line) || NumberedSubItem().IsMatch(line)
            || LetteredSubItem().IsMatch(line) || Field().IsMatch(line) || Opening().IsMatch(line))
        {
            return true;
        }

        var bullet = Bullet().Match(line);
        return bullet.Success && (previousEnded || !char.IsLower(bullet.Groups["text"].Value[0]));
    }
}
