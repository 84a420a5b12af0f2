using DeadlineBot.Functions.Email;
using static DeadlineBot.Tests.Email.Senders;

namespace DeadlineBot.Tests.Email;

[TestClass]
public sealed class SmtpRetryTests
{
    [TestMethod]
    public async Task A_busy_relay_is_retried_with_doubling_delays_and_then_given_up_as_transient()
    {
        await using var relay = new ScriptedSmtpServer("421 4.3.2 Service not available, closing channel");
        var time = new RecordingTimeProvider();

        var failure = await Assert.ThrowsExactlyAsync<EmailDeliveryException>(
            () => time.RunAsync(To(relay.Port, time, maxAttempts: 3).SendAsync(Message(), CancellationToken.None)));

        Assert.IsTrue(failure.IsTransient);
        Assert.AreEqual((3, 421), (failure.Attempts, failure.StatusCode));
        Assert.AreEqual(3, relay.Connections);
        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }, time.Delays);
    }

    [TestMethod]
    public async Task A_relay_that_recovers_gets_the_email_on_the_next_attempt()
    {
        await using var relay = new ScriptedSmtpServer("421 4.3.2 Try again later", "220 localhost ESMTP");
        var time = new RecordingTimeProvider();

        await time.RunAsync(To(relay.Port, time).SendAsync(Message("Thư sau khi thử lại"), CancellationToken.None));

        Assert.AreEqual(2, relay.Connections);
        StringAssert.Contains(relay.Messages.Single(), "Subject:");
        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(2) }, time.Delays);
    }

    [TestMethod]
    [DataRow("550 5.1.1 Mailbox unavailable", 550)]
    [DataRow("553 5.1.3 Bad recipient address syntax", 553)]
    public async Task A_refused_recipient_is_permanent_and_not_retried(string reply, int status)
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP") { RecipientReply = reply };
        var time = new RecordingTimeProvider();

        var failure = await Assert.ThrowsExactlyAsync<EmailDeliveryException>(
            () => time.RunAsync(To(relay.Port, time).SendAsync(Message(), CancellationToken.None)));

        Assert.IsFalse(failure.IsTransient);
        Assert.AreEqual((1, status), (failure.Attempts, failure.StatusCode));
        Assert.AreEqual(1, relay.Connections);
        Assert.IsEmpty(time.Delays);
    }

    [TestMethod]
    public async Task Asking_for_STARTTLS_from_a_relay_without_it_is_a_misconfiguration_retried_later_not_a_lost_email()
    {
        await using var relay = new ScriptedSmtpServer("220 localhost ESMTP");
        var time = new RecordingTimeProvider();

        var failure = await Assert.ThrowsExactlyAsync<EmailDeliveryException>(
            () => time.RunAsync(To(relay.Port, time, security: SmtpSecurity.StartTls).SendAsync(Message(), CancellationToken.None)));

        Assert.IsTrue(failure.IsTransient);
        Assert.IsFalse(failure.MayHaveBeenTaken);
        Assert.IsEmpty(relay.Messages);
    }

    [TestMethod]
    public async Task A_relay_that_is_not_listening_is_a_transient_failure()
    {
        int port;
        await using (var closed = new ScriptedSmtpServer("220 localhost"))
        {
            port = closed.Port;
        }

        var time = new RecordingTimeProvider();

        var failure = await Assert.ThrowsExactlyAsync<EmailDeliveryException>(
            () => time.RunAsync(To(port, time, maxAttempts: 2).SendAsync(Message(), CancellationToken.None)));

        Assert.IsTrue(failure.IsTransient);
        Assert.AreEqual(2, failure.Attempts);
    }

    [TestMethod]
    public async Task Cancelling_during_the_backoff_stops_at_once()
    {
        await using var relay = new ScriptedSmtpServer("421 4.3.2 Try again later");
        var time = new RecordingTimeProvider();
        using var cancel = new CancellationTokenSource();

        var sending = To(relay.Port, time, maxAttempts: 5).SendAsync(Message(), cancel.Token);
        while (relay.Connections == 0 || time.Delays.Count == 0)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => sending);
        Assert.AreEqual(1, relay.Connections);
    }
}
