using DeadlineBot.Functions.Web.Rendering;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Tests.Web;

[TestClass]
public sealed class MarkupTests
{
    [TestMethod]
    [DataRow("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [DataRow("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [DataRow("Sở Tài chính & Kế hoạch", "Sở Tài chính &amp; Kế hoạch")]
    public void Text_in_a_hole_is_encoded_and_Vietnamese_stays_readable(string text, string expected) =>
        Assert.AreEqual($"<td title=\"{expected}\">{expected}</td>", Html($"<td title=\"{text}\">{text}</td>").Value);

    [TestMethod]
    public void Markup_in_a_hole_is_written_as_it_is_and_lists_are_joined()
    {
        var items = new[] { "a<b", "c" }.Select(t => Html($"<li>{t}</li>"));

        Assert.AreEqual("<ul><li>a&lt;b</li><li>c</li></ul>", Html($"<ul>{Join(items)}</ul>").Value);
    }

    [TestMethod]
    public void Numbers_are_written_in_the_invariant_culture() => Assert.AreEqual("<b>1.5</b>", Html($"<b>{1.5}</b>").Value);
}
