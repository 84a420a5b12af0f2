using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using DeadlineBot.Functions.Api.Validation;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Api.Keys;

/// <summary>
/// Checks a request's <c>X-Api-Key</c> against the configured keys, first thing in every function that needs one,
/// the same under the Functions host (behind its function key) and self-hosted. Keys are compared as SHA-256 digests
/// in constant time, and every configured key is compared, so timing tells nothing about which key or how much of it
/// matched. Refusals are ProblemDetails: 401 without a valid key, 403 without the role (admin keys pass staff routes).
/// </summary>
public sealed class ApiKeys(IOptionsMonitor<ApiOptions> keys, ILogger<ApiKeys> logger)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>Null when the request holds a key with <paramref name="role"/> (the caller is then its user); else the refusal.</summary>
    public IResult? Refuse(HttpRequest request, string role)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Headers[Header].ToString();
        var match = string.IsNullOrEmpty(given) ? null : Match(given);
        if (match is null)
        {
            if (!string.IsNullOrEmpty(given))
            {
                logger.LogWarning("Refused an API key that matches no configured key on {Path}", request.Path);
            }

            request.HttpContext.Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
            return Problems.Status(StatusCodes.Status401Unauthorized, string.IsNullOrEmpty(given) ? ApiMessages.KeyNeeded : ApiMessages.InvalidKey);
        }

        if (match.Role != role && match.Role != ApiRoles.Admin)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, ApiMessages.RoleNeeded);
        }

        request.HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, match.Name), new Claim(ClaimTypes.Role, match.Role)], SchemeName));
        return null;
    }

    /// <summary>The request's JSON body, read and validated (<see cref="JsonBody"/>) once the key is known to have <paramref name="role"/>; else the refusal.</summary>
    public async Task<(T? Body, IResult? Refused)> ReadAsync<T>(HttpRequest request, string role, CancellationToken cancellationToken)
        where T : class, IValidatable =>
        Refuse(request, role) is { } refused ? (null, refused) : await JsonBody.ReadAsync<T>(request, cancellationToken);

    /// <summary>The configured key equal to <paramref name="given"/>, compared in constant time; null when none is.</summary>
    public ApiKey? Match(string given)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        ApiKey? match = null;
        foreach (var key in keys.CurrentValue.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(key.Key))))
            {
                match = key;
            }
        }

        return match;
    }
}
