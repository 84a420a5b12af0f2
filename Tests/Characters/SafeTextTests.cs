using DeadlineBot.Core.Characters;

namespace DeadlineBot.Tests.Characters;

[TestClass]
public sealed class SafeTextTests
{
    [TestMethod]
    [DataRow("Tổ chức Hội nghị tổng kết", TextFault.None)]
    [DataRow("Sơ kết < 5% & \"quý\" 👍🏽", TextFault.None)]
    [DataRow("a\r\nBcc: x", TextFault.Control)]
    [DataRow("tab\tin", TextFault.Control)]
    [DataRow("line\u2028separator", TextFault.Control)]
    [DataRow("\u202Efdp.exe", TextFault.Invisible)]
    [DataRow("a\u2066b\u2069", TextFault.Invisible)]
    [DataRow("zero\u200Bwidth", TextFault.Invisible)]
    [DataRow("\uFEFFbom", TextFault.Invisible)]
    [DataRow("soft\u00ADhyphen", TextFault.Invisible)]
    [DataRow("\U000E0041tag", TextFault.Invisible)]
    [DataRow("a\uFFFEb", TextFault.NotACharacter)]
    [DataRow("\uFFFF", TextFault.NotACharacter)]
    [DataRow("\uFDD0", TextFault.NotACharacter)]
    [DataRow("\U0001FFFE", TextFault.NotACharacter)]
    public void Finds_what_makes_text_unfit_to_store_and_show(string text, TextFault expected) =>
        Assert.AreEqual(expected, SafeText.Find(text));

    [TestMethod]
    [DataRow("Tiêu\u202E đề\u200B\uFEFF", "Tiêu đề")]
    [DataRow("a\uFFFEb\uFDD0c", "abc")]
    [DataRow("line\nkept", "line\nkept")]
    public void Strip_removes_invisible_and_non_characters_and_leaves_the_rest(string text, string expected) =>
        Assert.AreEqual(expected, SafeText.Strip(text));

    [TestMethod]
    public void Half_a_surrogate_pair_is_not_a_character_and_is_stripped()
    {
        var high = "lone " + (char)0xD800 + " high";
        var low = "lone " + (char)0xDC00 + " low";

        Assert.AreEqual(TextFault.NotACharacter, SafeText.Find(high));
        Assert.AreEqual(TextFault.NotACharacter, SafeText.Find(low));
        Assert.AreEqual("lone  high", SafeText.Strip(high));
    }

    [TestMethod]
    public void Clean_never_throws_and_gives_nfc_trimmed_text()
    {
        Assert.AreEqual("Sở Nội vụ", SafeText.Clean(" So\u031B\u0309 No\u0323\u0302i vu\u0323\uFFFE "));
        Assert.IsNull(SafeText.Clean("\u200B"));
        Assert.IsNull(SafeText.Clean(null));
    }
}
