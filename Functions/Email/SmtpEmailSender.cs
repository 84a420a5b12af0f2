using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Sends through the SMTP relay in <see cref="SmtpOptions"/> with MailKit, on connections kept between emails
/// (<see cref="SmtpConnectionPool"/>: one per concurrent send, closed after <see cref="SmtpOptions.ConnectionIdleTimeout"/>
/// and when the sender is disposed; any failure discards its connection). A refused copy address does not stop the email
/// (<see cref="CopyTolerantSmtpClient"/>); once the data went out, a broken conversation is "may have been taken"
/// and is not retried here (<see cref="EmailDeliveryException.MayHaveBeenTaken"/>). Transient
/// failures (see <see cref="SmtpFailures"/>) are retried after <see cref="SmtpOptions.RetryDelay"/>, doubling each
/// time, up to <see cref="SmtpOptions.MaxAttempts"/>; then, or at once for a permanent failure, it throws
/// <see cref="EmailDeliveryException"/>.
/// </summary>
public sealed class SmtpEmailSender : IEmailSender, IAsyncDisposable, IDisposable
{
    private readonly SmtpOptions _options;
    private readonly SmtpConnectionPool _pool;
    private readonly TimeProvider _time;
    private readonly ILogger<SmtpEmailSender> _logger;

    public SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider time, ILogger<SmtpEmailSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _pool = new SmtpConnectionPool(_options, time, logger);
    }

    public Task<IReadOnlyList<string>> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        SendAsync(Compose(message), cancellationToken);

    /// <summary>Sends a message already composed (its From, To and Cc as given); returns the copy addresses the server refused.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var refused = await SendOnceAsync(message, cancellationToken);
                _logger.LogInformation(
                    "Sent email {MessageId} to {Recipients} recipient(s) on attempt {Attempt}",
                    message.MessageId, message.To.Count + message.Cc.Count - refused.Count, attempt);
                return refused;
            }
            catch (EmailDeliveryException)
            {
                throw;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && SmtpFailures.IsTransient(e) is { } transient)
            {
                if (!transient)
                {
                    throw new EmailDeliveryException(EmailErrors.Refused(e.Message), false, attempt, e);
                }

                if (attempt >= _options.MaxAttempts)
                {
                    throw new EmailDeliveryException(EmailErrors.GaveUp(attempt, e.Message), true, attempt, e);
                }

                var delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                _logger.LogWarning(
                    e, "Sending email {MessageId} failed on attempt {Attempt}; retrying in {Delay}", message.MessageId, attempt, delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    /// <summary>Builds the MIME message, refusing line breaks in headers and anything that is not an email address.</summary>
    public MimeMessage Compose(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To.Count == 0)
        {
            throw new EmailDeliveryException(EmailErrors.NoRecipient, false, 0);
        }

        RefuseLineBreak(message.Content.Subject, "subject");
        RefuseLineBreak(message.Id, "id");
        var mime = new MimeMessage { Subject = message.Content.Subject };
        mime.From.Add(new MailboxAddress(_options.FromName ?? string.Empty, _options.FromAddress));
        mime.To.AddRange(message.To.Select(Mailbox));
        mime.Cc.AddRange(message.Cc.Except(message.To, StringComparer.OrdinalIgnoreCase).Select(Mailbox));
        if (message.Id is { Length: > 0 } id)
        {
            mime.MessageId = $"{id}@{_options.FromAddress[(_options.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..]}";
        }

        mime.Body = new BodyBuilder { HtmlBody = message.Content.Html, TextBody = message.Content.Text }.ToMessageBody();
        return mime;
    }

    private static MailboxAddress Mailbox(string address)
    {
        RefuseLineBreak(address, "address");
        if (!SmtpOptionsValidator.IsAddress(address))
        {
            throw new EmailDeliveryException(EmailErrors.InvalidAddress(address), false, 0);
        }

        return new MailboxAddress(string.Empty, address.Trim());
    }

    private static void RefuseLineBreak(string? value, string field)
    {
        if (SmtpOptionsValidator.HasLineBreak(value))
        {
            throw new EmailDeliveryException(EmailErrors.LineBreakIn(field), false, 0);
        }
    }

    /// <summary>
    /// One attempt on a pooled connection. A reused connection that breaks before the data went out (the server closed
    /// it while idle) is no failure of the relay: the email is tried once more at once on a new connection.
    /// </summary>
    private async Task<IReadOnlyList<string>> SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (client, reused) = await _pool.RentAsync(cancellationToken);
            var progress = new DataProgress();
            try
            {
                client.Refused.Clear();
                await client.SendAsync(message, cancellationToken, progress);
            }
            catch (Exception e) when (progress.Started && e is not SmtpCommandException { ErrorCode: SmtpErrorCode.MessageNotAccepted })
            {
                client.Dispose();

                // The data went out and no reply came back (or not in time): the server may have taken the email.
                throw new EmailDeliveryException(EmailErrors.OutcomeUnknown(e.Message), true, 1, e) { MayHaveBeenTaken = true };
            }
            catch (Exception e) when (reused && e is not SmtpCommandException && SmtpFailures.IsTransient(e) == true && !cancellationToken.IsCancellationRequested)
            {
                client.Dispose();
                _logger.LogDebug(e, "A reused SMTP connection broke before email {MessageId}; trying a new connection", message.MessageId);
                continue;
            }
            catch
            {
                client.Dispose();
                throw;
            }

            string[] refused = [.. client.Refused];
            if (refused.Length > 0)
            {
                _logger.LogWarning("Email {MessageId}: the server refused the copy address(es) {Refused}; it went to the others", message.MessageId, refused);
            }

            await _pool.ReturnAsync(client, cancellationToken);
            return refused;
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    public void Dispose() => _pool.Dispose();
}
