using DeadlineBot.Functions.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Tests.Email;

/// <summary>Senders for the email tests: plain SMTP to a local port, two seconds' first retry delay.</summary>
internal static class Senders
{
    public static SmtpOptions Options(int port, int maxAttempts = 3, SmtpSecurity security = SmtpSecurity.None) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = security,
        FromAddress = "deadlinebot@example.test",
        FromName = "DeadlineBot – Nhắc việc",
        MaxAttempts = maxAttempts,
        RetryDelay = TimeSpan.FromSeconds(2),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static SmtpEmailSender To(int port, TimeProvider time, int maxAttempts = 3, SmtpSecurity security = SmtpSecurity.None) =>
        With(Options(port, maxAttempts, security), time);

    public static SmtpEmailSender With(SmtpOptions options, TimeProvider time) =>
        new(Microsoft.Extensions.Options.Options.Create(options), time, NullLogger<SmtpEmailSender>.Instance);

    public static EmailMessage Message(string subject = "Nhắc việc thử", params string[] to) =>
        new(to.Length == 0 ? ["so-noi-vu@example.test"] : to, [], new RenderedEmail(subject, "<p>Nội dung</p>", "Nội dung"));
}
