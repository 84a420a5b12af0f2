using System.Text.Json;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Email;
using static DeadlineBot.Tests.Email.Digests;

namespace DeadlineBot.Tests.Email;

/// <summary>Sends real reminder emails through <see cref="SmtpEmailSender"/> into MailDev and reads them back.</summary>
[TestClass]
public sealed class MailDevDeliveryTests
{
    [TestMethod]
    public async Task A_rendered_digest_arrives_with_its_subject_recipients_copies_and_body()
    {
        using var inbox = MailDevInbox.OrInconclusive();
        var digest = Of(
            Item(ReminderKind.Overdue, 84, "<script>alert(1)</script> Rà soát " + Guid.NewGuid(), "2021-12-30", escalated: true),
            Item(ReminderKind.Before, 7));
        var email = new ReminderEmailRenderer().Render(digest, Link);
        email = email with { Subject = $"{email.Subject} #{Guid.NewGuid():N}" };

        await Senders.To(inbox.SmtpPort, TimeProvider.System).SendAsync(
            new EmailMessage(["so-noi-vu@example.test", "van-thu.snv@example.test"], ["ubnd-tinh@example.test"], email, digest.Id),
            CancellationToken.None);

        var received = await inbox.ReceivedAsync(email.Subject);
        CollectionAssert.AreEqual(new[] { "so-noi-vu@example.test", "van-thu.snv@example.test" }, Addresses(received, "to"));
        CollectionAssert.AreEqual(new[] { "ubnd-tinh@example.test" }, Addresses(received, "cc"));
        Assert.AreEqual($"<{digest.Id}@example.test>", received.GetProperty("headers").GetProperty("message-id").GetString());
        var html = received.GetProperty("html").GetString()!;
        StringAssert.Contains(html, "quá hạn 84 ngày");
        StringAssert.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
        Assert.DoesNotContain("<script>", html);
        StringAssert.Contains(received.GetProperty("text").GetString()!, "Kính gửi: Sở Nội vụ");
        StringAssert.Contains(received.GetProperty("text").GetString()!, "Thời hạn: 31/03/2022 – còn 7 ngày");
    }

    [TestMethod]
    public async Task Several_emails_in_a_row_each_arrive_once()
    {
        using var inbox = MailDevInbox.OrInconclusive();
        var sender = Senders.To(inbox.SmtpPort, TimeProvider.System);
        var subjects = Enumerable.Range(1, 3).Select(i => $"Nhắc việc {i} #{Guid.NewGuid():N}").ToList();

        foreach (var subject in subjects)
        {
            await sender.SendAsync(Senders.Message(subject), CancellationToken.None);
        }

        foreach (var subject in subjects)
        {
            Assert.AreEqual("Nội dung", (await inbox.ReceivedAsync(subject)).GetProperty("text").GetString()!.Trim());
        }
    }

    private static string[] Addresses(JsonElement email, string field) =>
        [.. email.GetProperty(field).EnumerateArray().Select(a => a.GetProperty("address").GetString()!)];
}
