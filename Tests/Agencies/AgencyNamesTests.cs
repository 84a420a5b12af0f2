using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Tests.Agencies;

/// <summary>A body may enter the directory; a phrase that names a group stays on its task as written.</summary>
[TestClass]
public sealed class AgencyNamesTests
{
    [TestMethod]
    [DataRow("các Sở, ngành liên quan")]
    [DataRow("các chuyên gia")]
    [DataRow("các tổ chức phi chính phủ")]
    [DataRow("các Sở, ngành")]
    [DataRow("UBND các huyện, thành phố")]
    [DataRow("Ủy ban nhân dân các huyện")]
    [DataRow("các đơn vị liên quan")]
    [DataRow("các cơ quan, đơn vị có liên quan")]
    [DataRow("những người có uy tín")]
    [DataRow("Sở, ngành liên quan")]
    public void A_group_phrase_is_no_body(string name)
    {
        Assert.IsTrue(AgencyNames.IsGroup(name));
        Assert.IsFalse(AgencyNames.IsBody(name));
    }

    [TestMethod]
    [DataRow("Sở Nội vụ")]
    [DataRow("Sở Khoa học và Công nghệ")]
    [DataRow("UBND huyện Thăng Bình")]
    [DataRow("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")]
    [DataRow("Báo Quảng Ngãi")]
    [DataRow("Đài Phát thanh - Truyền hình tỉnh")]
    [DataRow("Ban Tuyên giáo Tỉnh ủy")]
    [DataRow("Công an tỉnh")]
    public void A_body_is_one(string name) => Assert.IsTrue(AgencyNames.IsBody(name));

    [TestMethod]
    [DataRow("chuyên gia")]
    [DataRow("Nhà khoa học")]
    [DataRow("Sở")]
    public void A_name_that_opens_with_no_body_word_is_not_taken_for_one(string name) => Assert.IsFalse(AgencyNames.IsBody(name));
}
