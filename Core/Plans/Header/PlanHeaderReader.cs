using System.Globalization;
using System.Text.RegularExpressions;
using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Header;

/// <summary>
/// Reads a plan's header: number (<c>Số: 168/KH-UBND</c>), place and date (<c>Hà Giang, ngày 31 tháng 5 năm 2021</c>,
/// a blank day tolerated), the title under <c>KẾ HOẠCH</c>, and the issuing body from the preamble
/// (the heading <c>ỦY BAN NHÂN DÂN TỈNH HÀ GIANG</c>, else <c>UBND tỉnh Hà Giang ban hành Kế hoạch</c> in the preamble). What is missing stays null and is reported as a warning.
/// </summary>
internal static partial class PlanHeaderReader
{
    public static PlanHeader Read(IReadOnlyList<Paragraph> header)
    {
        var warnings = new List<string>();
        var cells = header.SelectMany(p => p.Text.Split('\t')).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

        var number = ReadNumber(cells, warnings);
        var (place, date, countFrom) = ReadPlaceAndDate(cells, warnings);
        var title = ReadTitle(cells);
        if (title is null)
        {
            warnings.Add(PlanMessages.NoTitle);
        }

        var issuer = cells.FirstOrDefault(c => IssuerHeading().IsMatch(c))
            ?? cells.Select(c => Issuer().Match(c)).FirstOrDefault(m => m.Success)?.Groups["issuer"].Value.Trim();
        if (issuer is null)
        {
            warnings.Add(PlanMessages.NoIssuer);
        }

        if (countFrom is null)
        {
            countFrom = LatestCitedDate(cells);
            if (countFrom is { } cited)
            {
                warnings.Add(PlanMessages.DateAssumed(cited));
            }
        }

        return new PlanHeader(new PlanMetadata(number, issuer, place, date, title), countFrom, warnings);
    }

    private static string? ReadNumber(List<string> cells, List<string> warnings)
    {
        var match = cells.Select(c => Number().Match(c)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            warnings.Add(PlanMessages.NoNumber);
            return null;
        }

        var number = Spaces().Replace(match.Groups["number"].Value, string.Empty);
        if (!char.IsDigit(number[0]))
        {
            warnings.Add(PlanMessages.BlankNumber(match.Value.Trim()));
            return null;
        }

        return number;
    }

    private static (string? Place, DateOnly? Date, DateOnly? CountFrom) ReadPlaceAndDate(List<string> cells, List<string> warnings)
    {
        var match = cells.Select(c => PlaceAndDate().Match(c)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            warnings.Add(PlanMessages.NoPlaceDate);
            return (null, null, null);
        }

        var place = match.Groups["place"].Value.Trim();
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            warnings.Add(PlanMessages.NoPlaceDate);
            return (place, null, null);
        }

        if (!match.Groups["day"].Success)
        {
            warnings.Add(PlanMessages.BlankDay(month, year));
            return (place, null, new DateOnly(year, month, 1));
        }

        var day = Math.Clamp(int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture), 1, DateTime.DaysInMonth(year, month));
        var date = new DateOnly(year, month, day);
        return (place, date, date);
    }

    private static string? ReadTitle(List<string> cells)
    {
        var kind = cells.FindIndex(c => DocumentType().IsMatch(c));
        if (kind < 0 || kind + 1 >= cells.Count)
        {
            return null;
        }

        var title = cells[kind + 1];
        return title.EndsWith("sau:", StringComparison.Ordinal) ? null : title.TrimEnd('.');
    }

    private static DateOnly? LatestCitedDate(List<string> cells)
    {
        DateOnly? latest = null;
        foreach (var m in cells.SelectMany(c => CitedDate().Matches(c)))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var date = new DateOnly(year, month, day);
                latest = latest is null || date > latest ? date : latest;
            }
        }

        return latest;
    }

    [GeneratedRegex(@"Số\s*:\s*(?<number>[\w\s.\-]{0,30}/\s*[\p{Lu}Đ][\p{L}\-]*)")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L} .'\-]{1,40}?),\s*ngày\s*(?<day>\d{1,2})?\s*(?:/\s*)?tháng\s*(?<month>\d{1,2})\s*(?:/\s*)?năm\s*(?<year>\d{4})")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|QUYẾT ĐỊNH|CHỈ THỊ)$")]
    private static partial Regex DocumentType();

    [GeneratedRegex(@"(?<issuer>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban [Cc]hấp hành|Ban Thường vụ|Sở)\s[^,;.()]{0,120}?)\s*(?:\([^)]{0,120}\)\s*)?(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)")]
    private static partial Regex Issuer();

    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|SỞ|LIÊN HIỆP)\s[\p{Lu}\s&\-]+$")]
    private static partial Regex IssuerHeading();

    [GeneratedRegex(@"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})")]
    private static partial Regex CitedDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
