using DeadlineBot.Functions.Email;

namespace DeadlineBot.Tests.Email;

[TestClass]
public sealed class EmailAddressRuleTests
{
    [TestMethod]
    [DataRow("vanthu@snv.hagiang.gov.vn")]
    [DataRow("van.thu+nhacviec@snv.example.gov.vn")]
    [DataRow("A_B-c@so-noi-vu.example.vn")]
    public void Plain_addresses_are_accepted(string address) => Assert.IsTrue(EmailAddressRule.Accepts(address));

    [TestMethod]
    [DataRow("a@[127.0.0.1]")]
    [DataRow("a@[IPv6:::1]")]
    [DataRow("\u202Evanthu@snv.example.gov.vn")]
    [DataRow("van\u200Bthu@snv.example.gov.vn")]
    [DataRow("\uFEFFvanthu@snv.example.gov.vn")]
    [DataRow("vanthu\uFFFE@snv.example.gov.vn")]
    [DataRow("a%0d%0a@snv.example.gov.vn")]
    [DataRow("a\r\nBcc: x@y.vn")]
    [DataRow("\"a b\"@snv.example.gov.vn")]
    [DataRow("Văn thư <vanthu@snv.example.gov.vn>")]
    [DataRow("vănthư@snv.example.gov.vn")]
    [DataRow("a@b.vn, c@d.vn")]
    [DataRow("a..b@snv.example.gov.vn")]
    [DataRow("a@-snv.example.gov.vn")]
    [DataRow("a@localhost")]
    [DataRow("a@1.2.3.4")]
    [DataRow("a(comment)@snv.example.gov.vn")]
    [DataRow(" vanthu@snv.example.gov.vn")]
    [DataRow("@snv.example.gov.vn")]
    [DataRow("")]
    public void Odd_invisible_and_literal_addresses_are_refused(string address) => Assert.IsFalse(EmailAddressRule.Accepts(address));

    [TestMethod]
    public void Lengths_stay_within_what_mail_servers_keep()
    {
        Assert.IsTrue(EmailAddressRule.Accepts(new string('a', 64) + "@snv.example.gov.vn"));
        Assert.IsFalse(EmailAddressRule.Accepts(new string('a', 65) + "@snv.example.gov.vn"));
        Assert.IsFalse(EmailAddressRule.Accepts("a@" + new string('b', 64) + ".vn"));
        Assert.IsFalse(EmailAddressRule.Accepts("a@" + string.Join('.', Enumerable.Repeat(new string('c', 60), 5)) + ".vn"));
    }
}
