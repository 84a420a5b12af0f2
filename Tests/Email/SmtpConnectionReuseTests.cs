using DeadlineBot.Functions.Email;
using Microsoft.Extensions.Time.Testing;
using static DeadlineBot.Tests.Email.Senders;

namespace DeadlineBot.Tests.Email;

/// <summary>The digests of one batch share an SMTP connection; it is closed when idle, at shutdown, and after any failure.</summary>
[TestClass]
public sealed class SmtpConnectionReuseTests
{
    [TestMethod]
    public async Task Emails_in_a_row_go_over_one_connection_which_is_closed_with_QUIT_at_shutdown()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP");
        var sender = To(relay.Port, new FakeTimeProvider());

        for (var i = 1; i <= 5; i++)
        {
            await sender.SendAsync(Message($"Nhắc việc {i}"), CancellationToken.None);
        }

        await sender.DisposeAsync();
        Assert.AreEqual((1, 5), (relay.Connections, relay.Messages.Count));
        Assert.AreEqual(1, await QuitsAsync(relay, 1));
    }

    [TestMethod]
    public async Task A_connection_idle_past_its_timeout_is_closed_and_the_next_email_opens_a_new_one()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP");
        var time = new FakeTimeProvider();
        await using var sender = With(IdleFor(relay.Port, TimeSpan.FromMinutes(1)), time);

        await sender.SendAsync(Message("Trước"), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.AreEqual(0, relay.Quits);
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.AreEqual(1, await QuitsAsync(relay, 1));
        await sender.SendAsync(Message("Sau"), CancellationToken.None);

        Assert.AreEqual((2, 2), (relay.Connections, relay.Messages.Count));
    }

    [TestMethod]
    public async Task An_idle_timeout_of_zero_opens_and_closes_a_connection_per_email()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP");
        await using var sender = With(IdleFor(relay.Port, TimeSpan.Zero), new FakeTimeProvider());

        for (var i = 1; i <= 3; i++)
        {
            await sender.SendAsync(Message($"Nhắc việc {i}"), CancellationToken.None);
        }

        Assert.AreEqual((3, 3), (relay.Connections, relay.Messages.Count));
        Assert.AreEqual(3, await QuitsAsync(relay, 3));
    }

    [TestMethod]
    public async Task A_connection_the_relay_closed_while_idle_is_replaced_at_once_without_a_retry_delay()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP") { HangUpAfterMessage = true };
        var time = new RecordingTimeProvider();
        await using var sender = To(relay.Port, time);

        await sender.SendAsync(Message("Một"), CancellationToken.None);
        await time.RunAsync(sender.SendAsync(Message("Hai"), CancellationToken.None));

        Assert.AreEqual((2, 2), (relay.Connections, relay.Messages.Count));
        Assert.IsEmpty(time.Delays);
    }

    [TestMethod]
    public async Task A_copy_address_refused_at_RCPT_still_lets_the_lead_get_the_email_and_the_connection_carries_the_next()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP") { RefusedRecipient = "sai-dia-chi@example.test" };
        await using var sender = To(relay.Port, new FakeTimeProvider());
        var withBadCopy = Message("Có bản sao hỏng") with { Cc = ["sai-dia-chi@example.test"] };

        await sender.SendAsync(withBadCopy, CancellationToken.None);
        await sender.SendAsync(Message("Thư tiếp theo"), CancellationToken.None);

        Assert.AreEqual((1, 2), (relay.Connections, relay.Messages.Count));
        StringAssert.Contains(relay.Messages[0], "Cc: sai-dia-chi@example.test");
    }

    [TestMethod]
    public async Task A_refused_lead_address_discards_the_connection_and_the_next_email_opens_a_new_one()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP") { RefusedRecipient = "khong-ton-tai@example.test" };
        await using var sender = To(relay.Port, new FakeTimeProvider());

        await Assert.ThrowsExactlyAsync<EmailDeliveryException>(() => sender.SendAsync(Message("Hỏng", "khong-ton-tai@example.test"), CancellationToken.None));
        await sender.SendAsync(Message("Được"), CancellationToken.None);

        Assert.AreEqual((2, 1), (relay.Connections, relay.Messages.Count));
    }

    private static SmtpOptions IdleFor(int port, TimeSpan idle)
    {
        var options = Options(port);
        options.ConnectionIdleTimeout = idle;
        return options;
    }

    /// <summary>The relay counts a QUIT once its reader sees it; waits a little real time for that.</summary>
    private static async Task<int> QuitsAsync(ScriptedSmtpServer relay, int expected)
    {
        for (var i = 0; i < 100 && relay.Quits < expected; i++)
        {
            await Task.Delay(20);
        }

        return relay.Quits;
    }
}
