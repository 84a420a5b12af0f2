using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace DeadlineBot.Functions.Email;

/// <summary>Tells transient SMTP failures (retry later) from permanent ones (do not).</summary>
internal static class SmtpFailures
{
    /// <summary>
    /// True for a 4xx reply, a broken conversation, a network error or a timeout; false for a 5xx reply, a failed login
    /// or TLS handshake; null for an exception that is not a delivery failure (a bug: let it surface).
    /// </summary>
    public static bool? IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        AuthenticationException or SslHandshakeException or ServiceNotAuthenticatedException => false,

        // MailKit's answer when StartTls is asked of a relay that does not offer STARTTLS: a settings mismatch.
        NotSupportedException => false,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException => true,
        _ => null,
    };
}
