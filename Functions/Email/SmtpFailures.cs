using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace DeadlineBot.Functions.Email;

/// <summary>Tells transient SMTP failures (retry later) from permanent ones (do not).</summary>
internal static class SmtpFailures
{
    /// <summary>
    /// True for a 4xx reply, a broken conversation, a network error or a timeout, and for a failed login or TLS handshake
    /// (a misconfiguration an admin mends: the digest waits for it rather than being lost); false for a 5xx reply; null
    /// for an exception that is not a delivery failure (a bug: let it surface).
    /// </summary>
    public static bool? IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        AuthenticationException or SslHandshakeException or ServiceNotAuthenticatedException => true,

        // MailKit's answer when StartTls is asked of a relay that does not offer STARTTLS: a settings mismatch, mended by an admin.
        NotSupportedException => true,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException => true,
        _ => null,
    };
}
