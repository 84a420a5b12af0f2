using Microsoft.Extensions.Options;
using MimeKit;

namespace DeadlineBot.Functions.Email;

/// <summary>Checks <see cref="SmtpOptions"/> at start, naming each setting that is wrong.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(!string.IsNullOrWhiteSpace(options.Host), EmailErrors.HostMissing);
        Check(options.Port is >= 1 and <= 65535, EmailErrors.PortOutOfRange);
        Check(IsAddress(options.FromAddress), EmailErrors.FromAddressInvalid);
        Check(!HasLineBreak(options.FromName), EmailErrors.FromNameHasLineBreak);
        Check(string.IsNullOrEmpty(options.Password) || !string.IsNullOrEmpty(options.UserName), EmailErrors.PasswordWithoutUser);
        Check(options.MaxAttempts is >= 1 and <= 10, EmailErrors.AttemptsOutOfRange);
        Check(options.RetryDelay >= TimeSpan.Zero && options.RetryDelay <= TimeSpan.FromHours(1), EmailErrors.RetryDelayOutOfRange);
        Check(options.Timeout >= TimeSpan.FromSeconds(1) && options.Timeout <= TimeSpan.FromMinutes(10), EmailErrors.TimeoutOutOfRange);
        Check(options.ConnectionIdleTimeout >= TimeSpan.Zero && options.ConnectionIdleTimeout <= TimeSpan.FromMinutes(10), EmailErrors.IdleTimeoutOutOfRange);
        Check(string.IsNullOrEmpty(options.ServerCertificateThumbprint) || PinnedCertificate.Normalize(options.ServerCertificateThumbprint) is not null, EmailErrors.ThumbprintInvalid);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(bool ok, string failure)
        {
            if (!ok)
            {
                failures.Add(failure);
            }
        }
    }

    /// <summary>One bare address (<c>name@domain</c>), no display name, no line break.</summary>
    internal static bool IsAddress(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !HasLineBreak(text)
        && MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address == text.Trim() && text.Contains('@', StringComparison.Ordinal);

    internal static bool HasLineBreak(string? text) => text is not null && text.AsSpan().IndexOfAny('\r', '\n') >= 0;
}
