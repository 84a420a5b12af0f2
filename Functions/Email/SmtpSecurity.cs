namespace DeadlineBot.Functions.Email;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (a local relay or MailDev).</summary>
    None,

    /// <summary>Upgrade with STARTTLS after connecting; fail when the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
