using System.Security.Cryptography;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Hosting;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Feeds;

/// <summary>
/// An agency's calendar feed URL: <c>{BaseUrl}/api/feeds/agencies/{agencyId}.ics?sig=…</c>, where sig is the app's
/// link signature (<see cref="LinkSigner"/>, the completion links' key) over <c>feed|agencyId|token</c> and the token is a
/// random secret stored with the agency. A new token (or none) revokes every URL made with the old one.
/// </summary>
public sealed class FeedLinks(IOptions<CompletionLinkOptions> options, LinkSigner signer)
{
    /// <summary>The feed function's route, under host.json's route prefix.</summary>
    public const string Route = "feeds/agencies/{agencyId}.ics";

    private const string Kind = "feed";

    /// <summary>A new random token: 128 bits, base64url.</summary>
    public static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public Uri For(AgencyId agency, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var path = "/" + HostJson.Current.RoutePrefix + "/" + Route.Replace("{agencyId}", Uri.EscapeDataString(agency.Value), StringComparison.Ordinal);
        return new Uri($"{options.Value.BaseUrl.TrimEnd('/')}{path}?sig={signer.Sign(Kind, agency.Value, token)}");
    }

    /// <summary>True when <paramref name="signature"/> was made for this agency and its current token.</summary>
    public bool Check(AgencyId agency, string? token, string? signature) =>
        token is not null && signer.Verify(signature, Kind, agency.Value, token);
}
