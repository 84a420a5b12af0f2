namespace DeadlineBot.Functions.Email;

/// <summary>Every message of the email area, in one place.</summary>
internal static class EmailErrors
{
    public const string HostMissing = "DeadlineBot:Smtp:Host is required.";
    public const string PortOutOfRange = "DeadlineBot:Smtp:Port must be 1 to 65535.";
    public const string FromAddressInvalid = "DeadlineBot:Smtp:FromAddress must be one email address such as deadlinebot@example.org.";
    public const string FromNameHasLineBreak = "DeadlineBot:Smtp:FromName must not contain a line break.";
    public const string PasswordWithoutUser = "DeadlineBot:Smtp:Password is set but UserName is empty.";
    public const string AttemptsOutOfRange = "DeadlineBot:Smtp:MaxAttempts must be 1 to 10.";
    public const string RetryDelayOutOfRange = "DeadlineBot:Smtp:RetryDelay must be between 0 and 1 hour.";
    public const string TimeoutOutOfRange = "DeadlineBot:Smtp:Timeout must be between 1 second and 10 minutes.";
    public const string IdleTimeoutOutOfRange = "DeadlineBot:Smtp:ConnectionIdleTimeout must be between 0 (no reuse) and 10 minutes.";
    public const string ThumbprintInvalid = "DeadlineBot:Smtp:ServerCertificateThumbprint must be a SHA-256 thumbprint: 64 hex digits (colons and spaces allowed).";
    public const string NoRecipient = "An email needs at least one To address.";

    public static string LineBreakIn(string field) => $"The email's {field} contains a line break (CR/LF); it was not sent.";

    public static string InvalidAddress(string address) => $"\"{address}\" is not an email address; the email was not sent.";

    public static string GaveUp(int attempts, string reason) =>
        $"The email could not be delivered after {attempts} attempt(s), retrying may help: {reason}";

    public static string OutcomeUnknown(string reason) =>
        $"The email's data went out but the server's reply did not come back; it may have been delivered: {reason}";

    public static string Refused(string reason) => $"The email was refused and retrying will not help: {reason}";
}
