using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>The patterns <see cref="MentionedOnly"/> reads the words around a mention with.</summary>
internal static partial class MentionedOnly
{
    private const string DayPattern = @"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20|21)\d{2})?";

    [GeneratedRegex(@"(?:^|[.;]\s+)(?:truoc do,?\s+)?(?:(?:sang|chieu|toi|trua|dem)\s+(?:nay\s+)?)?(?:ngay\s+)?" + DayPattern + @"\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@",\s*ngay\s+" + DayPattern + @"\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex InsetDate();

    [GeneratedRegex(@"^\s*,?\s*(?:\S+\s+){0,8}?(?:phai|can|se|yeu cau|de nghi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Requires();

    /// <summary><c>10 tháng năm 2025</c>, <c>9 tháng đầu năm</c>: so many months of a year, counted so far.</summary>
    [GeneratedRegex(@"\s\d{1,2}\s+thang\s+(?:dau\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthsOfYear();

    [GeneratedRegex(@"^\s*-?\s*(?:can cu|xet de nghi|theo de nghi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitingPart();

    [GeneratedRegex(@"(?<!\bho )\bso\s+\d|\b\d{1,5}[a-z]?(?:/(?:19|20|21)\d{2})?[/-][a-z][a-z0-9&]{0,11}(?:[-/][a-z0-9&]{1,12})*\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedDocument();

    /// <summary>A meeting right before a month or day: <c>phiên họp thường kỳ tháng 02/2022</c>, <c>họp phiên thường kỳ</c>; not <c>trình phiên họp …</c>.</summary>
    [GeneratedRegex(@"(?<!trinh\s(?:\S+\s)?)\b(?:(?:phien|cuoc|ky)\s+hop|hop|phien)\s+(?:thuong ky|thuong le|chuyen de|dinh ky)\s+(?:ngay\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingNamed();

    [GeneratedRegex(@"\b(?:tai|theo|qua|sau)\s+(?:cuoc|phien|ky|buoi)\s+(?:hop|lam viec)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAt();

    [GeneratedRegex(@"\b(?:can cu|theo|thuc hien|tai)\s+(?:\S+\s+){0,2}(?:ke hoach|quyet dinh|nghi quyet|chuong trinh|de an|chi thi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPlan();

    [GeneratedRegex(@"(?:\btinh\s+den(?:\s+het)?|\bchot\s+so\s+lieu(?:\s+(?:den|vao))?(?:\s+het)?|\btu\s+dau\s+nam\s+den(?:\s+het)?|\btheo\s+bao\s+cao[^,;.]{0,60},\s*den)\s+(?:ngay\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AsOfCue();

    [GeneratedRegex(@"\b(?:duoc|la)\s+tinh\s+(?:bat dau\s+)?tu\b|\bchot\s+so\s+lieu\b", RegexOptions.CultureInvariant)]
    private static partial Regex DataPeriod();

    [GeneratedRegex(@"\b(?:truoc\s+ngay|cham\s+nhat|gui|nop|thoi han)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SendsSomething();

    [GeneratedRegex(@"\b(?:hieu luc(?:\s+thi hanh)?|(?<apply>ap dung))\s+(?:ke\s+|tinh\s+)?tu\s+(?:ngay\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TakesEffect();

    [GeneratedRegex(@"\b(?:quyet dinh|ke hoach|quy che|quy dinh|thong tu|nghi quyet|chi thi|van ban|nghi dinh|chuong trinh)\s+nay\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThisDocument();
}
