using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Tests.Agencies;

/// <summary>Who leads and who cooperates, read from the wording of the samples.</summary>
[TestClass]
public sealed class AssignmentReaderTests
{
    private static readonly AssignmentReader Reader = new(AgencyDirectory.Default);

    [TestMethod]
    [DataRow("Liên hiệp các Hội KH&KT tỉnh chủ trì, phối hợp với Sở Nội vụ và Sở Tài chính tham mưu thực hiện.",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Nội vụ|Sở Tài chính")]
    [DataRow("Liên hiệp các Hội KH&KT tỉnh chủ động phối hợp với Sở Nội vụ và các Sở, ngành liên quan của tỉnh tham mưu thực hiện.",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Nội vụ|các Sở, ngành liên quan của tỉnh")]
    [DataRow("Liên hiệp các Hội KH&KT tỉnh chủ trì phối hợp với, Sở Tài chính, Sở KH&CN và các sở, ngành liên quan tham mưu thực hiện.",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Tài chính|Sở Khoa học và Công nghệ|các sở, ngành liên quan")]
    [DataRow("Sở Nội vụ chủ trì phối hợp Ban Tổ chức Tỉnh ủy, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và các sở, ngành liên quan tham mưu thực hiện.",
        "Sở Nội vụ", "Ban Tổ chức Tỉnh ủy|Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh|các sở, ngành liên quan")]
    [DataRow("Đề nghị Ban Tuyên giáo Tỉnh ủy, cùng các ban cán sự đảng, đảng đoàn các cấp ủy đảng trong tỉnh phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức tuyên truyền.",
        "Ban Tuyên giáo Tỉnh ủy|các ban cán sự đảng, đảng đoàn các cấp ủy đảng trong tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")]
    [DataRow("Giao Sở Thông tin và Truyền thông phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và các đơn vị liên quan chỉ đạo các cơ quan báo chí.",
        "Sở Thông tin và Truyền thông", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh|các đơn vị liên quan")]
    [DataRow("Các Sở chuyên ngành của tỉnh (Thông tin và Truyền thông, Nông nghiệp và PTNT, Xây dựng, Giao thông Vận tải) chủ trì, phối hợp với Sở Nội vụ tham mưu thực hiện.",
        "Sở Thông tin và Truyền thông|Sở Nông nghiệp và Phát triển Nông thôn|Sở Xây dựng|Sở Giao thông Vận tải", "Sở Nội vụ")]
    [DataRow("Cơ quan Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cùng các hội thành viên chủ trì phối hợp với các sở, ban ngành, cơ quan, đơn vị liên quan triển khai thực hiện.",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh|các hội thành viên", "các sở, ban ngành, cơ quan, đơn vị liên quan")]
    [DataRow("Giao cho Ban kiểm tra Liên hiệp Hội đôn đốc, kiểm tra, giám sát việc thực hiện.", "Ban kiểm tra Liên hiệp Hội", "")]
    public void A_sentence_names_its_lead_and_cooperating_agencies(string sentence, string lead, string cooperating)
    {
        var assignment = Reader.Read(sentence);

        Assert.AreEqual(lead, string.Join('|', assignment.Lead));
        Assert.AreEqual(cooperating, string.Join('|', assignment.Cooperating));
    }

    [TestMethod]
    [DataRow("Thủ trưởng các sở, ban, ngành có trách nhiệm chủ trì, tham gia, phối hợp kiểm tra.")]
    [DataRow("Khuyến khích Liên hiệp các Hội hằng năm đề xuất, đăng ký chủ trì thực hiện đề tài.")]
    [DataRow("Hội thi, Cuộc thi, Giao thông Vận tải và các nội dung khác.")]
    [DataRow("")]
    public void A_sentence_that_assigns_nobody_gives_no_lead(string sentence) =>
        Assert.IsFalse(Reader.Read(sentence).HasLead);

    [TestMethod]
    [DataRow("các Sở: Tài chính, Nội vụ, KH&CN và các Sở, ngành của tỉnh liên quan",
        "Sở Tài chính|Sở Nội vụ|Sở Khoa học và Công nghệ|các Sở, ngành của tỉnh liên quan")]
    [DataRow("- Sở TT&TT - Sở NN&PTNT - Sở Xây dựng - Sở GTVT",
        "Sở Thông tin và Truyền thông|Sở Nông nghiệp và Phát triển Nông thôn|Sở Xây dựng|Sở Giao thông Vận tải")]
    [DataRow("Sở Nội vụ", "Sở Nội vụ")]
    public void An_agency_line_without_chu_tri_is_a_list_of_leads(string line, string leads) =>
        Assert.AreEqual(leads, string.Join('|', Reader.ReadAgencyLine(line).Lead));
}
