namespace DeadlineBot.Functions.Email;

/// <summary>
/// An email was not delivered. <see cref="IsTransient"/> tells the caller whether sending it again later may work
/// (the relay was busy or unreachable) or never will (refused recipient, bad address, failed login).
/// </summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailDeliveryException(string message, bool isTransient, int attempts, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        Attempts = attempts;
    }

    public bool IsTransient { get; }

    /// <summary>
    /// The server may have taken the email: the conversation broke (or timed out) after the message's data started to go
    /// out. Sending it again may repeat it; the caller decides, with the same Message-ID.
    /// </summary>
    public bool MayHaveBeenTaken { get; init; }

    /// <summary>How many times the relay was tried (0 when the email was refused before sending).</summary>
    public int Attempts { get; }

    /// <summary>The SMTP status code when the relay answered with one (421, 550…).</summary>
    public int? StatusCode => InnerException is MailKit.Net.Smtp.SmtpCommandException command ? (int)command.StatusCode : null;
}
