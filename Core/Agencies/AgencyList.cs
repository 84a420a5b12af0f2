using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// Splits a written list of agencies into canonical names: <c>Sở Nội vụ, Sở Tài chính</c>;
/// <c>các Sở: Tài chính, Nội vụ, KH&amp;CN</c>; <c>Các Sở chuyên ngành (Xây dựng, Giao thông Vận tải)</c>;
/// <c>- Sở TT&amp;TT - Sở GTVT</c>. Group names such as <c>các sở, ban ngành liên quan</c> stay whole.
/// </summary>
internal static partial class AgencyList
{
    /// <summary>No list of agencies runs longer; the rest of a longer text is not a list.</summary>
    private const int LongestList = 600;

    private static readonly HashSet<string> AgencyWords = new(StringComparer.Ordinal)
    {
        "Sở", "Ban", "UBND", "Ủy", "Uỷ", "Liên", "Hội", "Báo", "Đài", "Kho", "Cơ", "Đảng", "Tỉnh", "các", "Các",
        "Viện", "Trường", "HĐND", "Bộ", "Phòng", "Trung", "Văn", "Chủ", "Thủ", "Thường", "Công", "Đoàn",
    };

    public static IReadOnlyList<string> Read(string text, AgencyDirectory directory)
    {
        text = text.Length > LongestList ? text[..LongestList] : text;
        var names = new List<string>();
        foreach (var part in Split(Trim(text)))
        {
            var name = CleanName(part);
            if (name.Length > 1)
            {
                var canonical = directory.Canonical(name);
                if (!names.Contains(canonical, StringComparer.Ordinal))
                {
                    names.Add(canonical);
                }
            }
        }

        return names;
    }

    /// <summary>Cuts what follows the list: the verb phrase (<c>tham mưu thực hiện</c>) and a trailing note.</summary>
    public static string Trim(string text)
    {
        var cut = VerbPhrase().Match(text);
        var list = cut.Success ? text[..cut.Index] : text;
        return list.Trim().TrimEnd('.', ',', ';', ':').Trim();
    }

    private static IEnumerable<string> Split(string text)
    {
        if (text.StartsWith("- ", StringComparison.Ordinal))
        {
            return text[2..].Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(Split);
        }

        var colon = HeadedList().Match(text);
        if (colon.Success)
        {
            return Expand(colon.Groups["head"].Value, colon.Groups["items"].Value)
                .Concat(colon.Groups["rest"].Success ? Split(colon.Groups["rest"].Value) : []);
        }

        var bracket = BracketList().Match(text);
        if (bracket.Success && !StartsWithAgencyWord(bracket.Groups["items"].Value))
        {
            return Expand("Sở", bracket.Groups["items"].Value)
                .Concat(Split(text[(bracket.Index + bracket.Length)..].Trim().TrimStart(',').Trim()));
        }

        return Merge(Parenthesis().Replace(text, " ").Split([',', ';']))
            .SelectMany(p => Joiner().Split(p));
    }

    private static IEnumerable<string> Expand(string head, string items) =>
        items.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(i => Joiner().Split(i))
            .Select(i => i.Trim())
            .Where(i => i.Length > 0)
            .Select(i => StartsWithAgencyWord(i) ? i : $"{head} {i}");

    /// <summary>Joins comma pieces that continue a group name (<c>các Sở, ngành liên quan</c>).</summary>
    private static List<string> Merge(string[] pieces)
    {
        var merged = new List<string>();
        foreach (var piece in pieces.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var continues = merged.Count > 0 && char.IsLower(piece[0]) && !StartsWithAgencyWord(piece)
                && !piece.StartsWith("cùng ", StringComparison.Ordinal);
            if (continues)
            {
                merged[^1] = $"{merged[^1]}, {piece}";
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    public static bool StartsWithAgencyWord(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? trimmed : trimmed[..space];
        return AgencyWords.Contains(first);
    }

    private static string CleanName(string part)
    {
        var name = part.Trim().TrimStart('-', '+', ',', ' ');
        foreach (var prefix in new[] { "với ", "cùng ", "và " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        name = name.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        return Spaces().Replace(name, " ").Trim().TrimEnd('.', ',', ';', ':').Trim();
    }

    [GeneratedRegex(@"(?<!các|những|Ban|,)\s(?:tham mưu|triển khai|thực hiện|tổ chức|theo dõi|chỉ đạo|nghiên cứu|xây dựng|để|nhằm|xác định|thẩm định|kiểm tra|đôn đốc|làm đầu mối|cụ thể ho[áa]|hướng dẫn|trình|lập|báo cáo|giúp|bố trí|cân đối|rà soát|ban hành|đề xuất|tổng hợp|giám sát|vận động|quán triệt|tuyên truyền)(?=\s|[,.;:]|$)")]
    private static partial Regex VerbPhrase();

    [GeneratedRegex(@"^(?:các\s+|Các\s+)?(?<head>Sở|sở|Ban|ban)\s*:\s*(?<items>[^;]{1,300}?)(?:\s+(?:và|cùng)\s+(?<rest>(?:các|Các)\s.{1,300}))?$")]
    private static partial Regex HeadedList();

    [GeneratedRegex(@"^(?:các|Các)\s+[Ss]ở[^()]{0,120}\((?<items>[^()]{1,300})\)")]
    private static partial Regex BracketList();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s+(?:và|cùng)\s+(?=(?:Sở|Ban|UBND|Ủy|Uỷ|Liên|Hội|Báo|Đài|Kho|Cơ|Đảng|Tỉnh|các|Các|Viện|Trường|HĐND|Bộ|Phòng|Trung tâm|Văn phòng|Đoàn)\s)")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
