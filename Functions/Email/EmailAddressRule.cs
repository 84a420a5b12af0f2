using DeadlineBot.Core.Characters;
using MimeKit;

namespace DeadlineBot.Functions.Email;

/// <summary>
/// Which email addresses staff may store for an agency: one plain address that MailKit's parser reads in strict RFC mode
/// as exactly itself (no display name, route or group), with nothing <see cref="SafeText"/> refuses, and within the
/// limits mail servers keep: at most 254 characters, a local part of at most 64 ASCII characters without quotes or
/// <c>%</c>, and a domain of LDH labels (at most 63 each, a dot between at least two), never an address literal such as
/// <c>[127.0.0.1]</c>.
/// </summary>
public static class EmailAddressRule
{
    public const int MaxLength = 254;
    public const int MaxLocalPart = 64;
    public const int MaxLabel = 63;

    private const string LocalSymbols = "!#$&'*+-/=?^_`{|}~.";

    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        Rfc2047ComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
        MaxAddressGroupDepth = 0,
    };

    public static bool Accepts(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || SafeText.Find(text) != TextFault.None)
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at > MaxLocalPart || !IsLocalPart(text.AsSpan(0, at)) || !IsDomain(text[(at + 1)..]))
        {
            return false;
        }

        return MailboxAddress.TryParse(Strict, text, out var mailbox)
            && string.IsNullOrEmpty(mailbox.Name) && mailbox.Route.Count == 0
            && string.Equals(mailbox.Address, text, StringComparison.Ordinal);
    }

    /// <summary>A dot-atom of ASCII letters, digits and the RFC 5322 symbols other than <c>%</c>: no dot at either end, none doubled.</summary>
    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !LocalSymbols.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Host names only: two or more LDH labels, none empty or longer than 63, none starting or ending with '-', a top-level label of letters.</summary>
    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2 || !labels[^1].All(char.IsAsciiLetter) || labels[^1].Length < 2)
        {
            return false;
        }

        return labels.All(label => label.Length is > 0 and <= MaxLabel && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
