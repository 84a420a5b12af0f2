using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Tests.Web;

[TestClass]
public sealed class WordSearchTests
{
    [TestMethod]
    [DataRow("qua han", "Nhiệm vụ quá hạn", true)]
    [DataRow("dau tu", "Sở Kế hoạch và Đầu tư", true)]
    [DataRow("SỞ tài", "Sở Tài chính", true)]
    [DataRow("tài chính nội vụ", "Sở Tài chính", false)]
    [DataRow("", "bất kỳ", true)]
    public void Every_word_must_appear_case_and_diacritics_aside(string query, string text, bool expected) =>
        Assert.AreEqual(expected, new WordSearch(query).Matches(text));
}
