using DeadlineBot.Functions.Email;
using static DeadlineBot.Tests.Email.Senders;

namespace DeadlineBot.Tests.Email;

[TestClass]
public sealed class EmailComposeTests
{
    [TestMethod]
    public void The_message_goes_to_every_address_with_copies_and_a_stable_message_id()
    {
        var sender = To(25, TimeProvider.System);
        var message = new EmailMessage(
            ["so-noi-vu@example.test", "van-thu@example.test"],
            ["ubnd@example.test", "SO-NOI-VU@example.test"],
            new RenderedEmail("Nhắc việc", "<p>x</p>", "x"),
            "20220324-0123456789abcdef0123");

        var mime = sender.Compose(message);

        CollectionAssert.AreEqual(new[] { "so-noi-vu@example.test", "van-thu@example.test" }, mime.To.Mailboxes.Select(m => m.Address).ToArray());
        CollectionAssert.AreEqual(new[] { "ubnd@example.test" }, mime.Cc.Mailboxes.Select(m => m.Address).ToArray());
        Assert.AreEqual("20220324-0123456789abcdef0123@example.test", mime.MessageId);
        Assert.AreEqual("DeadlineBot – Nhắc việc", mime.From.Mailboxes.Single().Name);
        Assert.AreEqual("x", mime.TextBody);
        Assert.AreEqual("<p>x</p>", mime.HtmlBody);
    }

    [TestMethod]
    [DataRow("so-noi-vu@example.test\r\nBcc: all@example.test", "", "line break")]
    [DataRow("so-noi-vu@example.test", "Nhắc việc\r\nBcc: all@example.test", "line break")]
    [DataRow("không phải địa chỉ", "Nhắc việc", "is not an email address")]
    [DataRow("Sở Nội vụ <so-noi-vu@example.test>, khac@example.test", "Nhắc việc", "is not an email address")]
    public async Task A_line_break_or_a_bad_address_is_refused_before_anything_is_sent(string to, string subject, string reason)
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP");
        var sender = To(relay.Port, TimeProvider.System);

        var failure = await Assert.ThrowsExactlyAsync<EmailDeliveryException>(
            () => sender.SendAsync(Message(subject.Length == 0 ? "Nhắc việc" : subject, to), CancellationToken.None));

        Assert.IsFalse(failure.IsTransient);
        Assert.AreEqual(0, failure.Attempts);
        StringAssert.Contains(failure.Message, reason);
        Assert.AreEqual(0, relay.Connections);
    }

    [TestMethod]
    public void An_email_without_a_recipient_is_refused() =>
        Assert.IsFalse(Assert.ThrowsExactly<EmailDeliveryException>(
            () => To(25, TimeProvider.System).Compose(new EmailMessage([], ["ubnd@example.test"], new RenderedEmail("s", "h", "t")))).IsTransient);
}
