using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Trusts the SMTP relay's certificate when the machine does, or when it is exactly the one pinned by
/// <see cref="SmtpOptions.ServerCertificateThumbprint"/> (its SHA-256 hash): the way to reach a relay with a self-signed
/// certificate without trusting every certificate.
/// </summary>
internal static class PinnedCertificate
{
    /// <summary>The validation callback for a pin, or null (the machine's own validation) when none is set.</summary>
    public static RemoteCertificateValidationCallback? Validator(string? thumbprint) =>
        Normalize(thumbprint) is { } pin
            ? (_, certificate, _, errors) => errors == SslPolicyErrors.None || (certificate is not null && Matches(certificate, pin))
            : null;

    /// <summary>The thumbprint as 64 upper-case hex digits (colons and spaces dropped), or null when it is not one.</summary>
    public static string? Normalize(string? thumbprint)
    {
        if (string.IsNullOrWhiteSpace(thumbprint))
        {
            return null;
        }

        var hex = string.Concat(thumbprint.Where(c => c is not (':' or ' '))).ToUpperInvariant();
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }

    private static bool Matches(X509Certificate certificate, string pin) =>
        string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase);
}
