using System.Globalization;
using System.Text;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// Tells a body (<c>Sở Nội vụ</c>, <c>UBND huyện Thăng Bình</c>, <c>Báo Quảng Ngãi</c>) from a phrase that names a
/// group (<c>các Sở, ngành liên quan</c>, <c>các chuyên gia</c>, <c>UBND các huyện, thành phố</c>). A group stays on its
/// task as written; only a body may become an entry of the agency directory.
/// </summary>
public static class AgencyNames
{
    /// <summary>One body whose name holds "các": the union of the science and technology associations.</summary>
    private const string UnionOfAssociations = "Liên hiệp các Hội";

    private static readonly string[] GroupWords = ["các", "những", "mọi", "toàn thể", "tất cả"];

    private static readonly string[] BodyWords =
    [
        "Sở", "Ban", "Bộ", "Cục", "Chi cục", "Tổng cục", "UBND", "Ủy ban", "Uỷ ban", "HĐND", "Hội đồng", "Hội", "Liên hiệp",
        "Liên đoàn", "Hiệp hội", "Đài", "Báo", "Tạp chí", "Trường", "Viện", "Trung tâm", "Văn phòng", "Tỉnh ủy", "Tỉnh uỷ",
        "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ", "Đảng đoàn", "Tỉnh đoàn", "Thành đoàn",
        "Đoàn", "Mặt trận", "Ủy ban MTTQ", "Công an", "Bộ Chỉ huy", "Bộ đội", "Kho bạc", "Ngân hàng", "Thanh tra",
        "Cục Thuế", "Bảo hiểm xã hội", "Công ty", "Tổng công ty", "Bệnh viện", "Học viện", "Đại học", "Cổng thông tin",
        "Quỹ", "Ban Quản lý", "Hội Liên hiệp", "Phòng", "Tòa án", "Viện kiểm sát", "Cảnh sát",
    ];

    /// <summary>Whether the name is a group phrase: several bodies or people, not one body.</summary>
    public static bool IsGroup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormC).Trim().Replace(UnionOfAssociations, "Liên hiệp Hội", StringComparison.OrdinalIgnoreCase);
        return text.Contains(',', StringComparison.Ordinal)
            || GroupWords.Any(w => StartsWithWord(text, w) || text.Contains($" {w} ", StringComparison.OrdinalIgnoreCase))
            || text.EndsWith("liên quan", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name reads as one body: it opens with a word that names a kind of body and is no group.</summary>
    public static bool IsBody(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormC).Trim();
        return !IsGroup(text) && BodyWords.Any(w => StartsWithWord(text, w) && text.Length > w.Length);
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, true, CultureInfo.InvariantCulture)
        && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
}
