using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// The HMAC-SHA256 signature of the app's signed links (completion links, calendar feeds) under
/// <c>DeadlineBot:Links:SigningKey</c>: over the parts joined by <c>|</c>, base64url, checked in constant time.
/// Each kind of link signs a different first part or number of parts, so one kind's signature is never another's.
/// </summary>
public sealed class LinkSigner
{
    private readonly byte[] _key;

    public LinkSigner(IOptions<CompletionLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = Encoding.UTF8.GetBytes(options.Value.SigningKey);
    }

    public string Sign(params string[] parts) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(string.Join('|', parts))));

    /// <summary>True when <paramref name="signature"/> is the signature of <paramref name="parts"/>.</summary>
    public bool Verify(string? signature, params string[] parts) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(parts)), Encoding.ASCII.GetBytes(signature));
}
