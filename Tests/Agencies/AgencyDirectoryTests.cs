using System.Text;
using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Tests.Agencies;

/// <summary>The agency directory resolves abbreviations and older spellings to one canonical name, and is data.</summary>
[TestClass]
public sealed class AgencyDirectoryTests
{
    [TestMethod]
    [DataRow("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    [DataRow("Sở KH & CN", "Sở Khoa học và Công nghệ")]
    [DataRow("sở khoa học và công nghệ", "Sở Khoa học và Công nghệ")]
    [DataRow("Sở TT&TT", "Sở Thông tin và Truyền thông")]
    [DataRow("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển Nông thôn")]
    [DataRow("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển Nông thôn")]
    [DataRow("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư")]
    [DataRow("Sở GD&ĐT", "Sở Giáo dục và Đào tạo")]
    [DataRow("Sở GTVT", "Sở Giao thông Vận tải")]
    [DataRow("Liên hiệp các Hội KH&KT tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")]
    [DataRow("Liên hiệp Hội", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")]
    [DataRow("Ban Tổ chức Tỉnh uỷ", "Ban Tổ chức Tỉnh ủy")]
    [DataRow("Đảng ủy khối CQ-DN tỉnh", "Đảng ủy Khối Cơ quan – Doanh nghiệp tỉnh")]
    [DataRow("  Sở   Nội vụ ", "Sở Nội vụ")]
    [DataRow("Hội Nông dân tỉnh", "Hội Nông dân tỉnh")]
    public void An_abbreviation_or_variant_resolves_to_the_canonical_name(string name, string canonical) =>
        Assert.AreEqual(canonical, AgencyDirectory.Default.Canonical(name));

    [TestMethod]
    public void A_decomposed_name_resolves_like_a_composed_one() =>
        Assert.AreEqual("Sở Giáo dục và Đào tạo", AgencyDirectory.Default.Canonical("Sở GD&ĐT".Normalize(NormalizationForm.FormD)));

    [TestMethod]
    public void An_unknown_name_comes_back_in_NFC() =>
        Assert.AreEqual("Sở Ngoại vụ".Normalize(NormalizationForm.FormC), AgencyDirectory.Default.Canonical("Sở Ngoại vụ".Normalize(NormalizationForm.FormD)));

    [TestMethod]
    public void The_directory_is_extended_from_JSON_without_code_changes()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""
            {"agencies": [{"name": "Sở Nông nghiệp và Môi trường", "aliases": ["Sở NN&PTNT", "Sở TN&MT", "Sở NN&MT"]}]}
            """));

        var merged = AgencyDirectory.Default.Extend(json);

        Assert.AreEqual("Sở Nông nghiệp và Môi trường", merged.Canonical("Sở NN&PTNT"));
        Assert.AreEqual("Sở Nông nghiệp và Môi trường", merged.Canonical("Sở TN&MT"));
        Assert.AreEqual("Sở Nội vụ", merged.Canonical("SNV"));
        Assert.AreEqual("Sở Nông nghiệp và Phát triển Nông thôn", AgencyDirectory.Default.Canonical("Sở NN&PTNT"), "the default stays as it was");
    }

    [TestMethod]
    [DataRow("not json")]
    [DataRow("{\"names\": []}")]
    [DataRow("{\"agencies\": [{\"aliases\": [\"X\"]}]}")]
    public void A_directory_file_that_is_not_valid_says_what_is_wrong(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Assert.ThrowsExactly<FormatException>(() => AgencyDirectory.Load(stream));
    }

    [TestMethod]
    public void The_known_agency_a_sentence_opens_with_is_found() =>
        Assert.AreEqual("Sở Tài chính", AgencyDirectory.Default.KnownAtStart("Sở Tài chính tham mưu UBND tỉnh giao dự toán"));
}
