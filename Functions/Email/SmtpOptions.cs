namespace DeadlineBot.Functions.Email;

/// <summary>The SMTP relay reminders go through (<c>DeadlineBot:Smtp</c>); checked at start by <see cref="SmtpOptionsValidator"/>.</summary>
public sealed class SmtpOptions
{
    public const string Section = "DeadlineBot:Smtp";

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>
    /// The SHA-256 thumbprint (64 hex digits) of the one server certificate trusted besides those the machine trusts:
    /// a relay with a self-signed certificate. Empty: only certificates the machine trusts (never "accept any").
    /// </summary>
    public string? ServerCertificateThumbprint { get; set; }

    /// <summary>Empty: no authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = string.Empty;

    public string? FromName { get; set; }

    /// <summary>Attempts per message, the first included, before a transient failure is given up.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait after the first failed attempt; each later wait doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The time one SMTP command may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a connection is kept open, unused, for the next email; zero closes it after each email.</summary>
    public TimeSpan ConnectionIdleTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
