using System.Globalization;
using System.Security.Cryptography;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Clock;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Web.Security;

/// <summary>
/// The session of a key sign-in: the user's name, role and expiry, encrypted and signed by ASP.NET Core data
/// protection (keys kept in the app's storage, <see cref="TableXmlRepository"/>, so every instance reads them and a
/// restart signs nobody out). Its expiry runs on the real clock, not the app's as-of day. A browser-session cookie (gone when the browser closes; the expiry inside it ends it sooner): HttpOnly, SameSite=Strict,
/// Secure when the request came over HTTPS, scoped to the app's path.
/// </summary>
public sealed class SessionCookie(
    IDataProtectionProvider protection, IOptions<WebOptions> options, [FromKeyedServices(ClockOptions.RealClock)] TimeProvider time)
{
    public const string Name = "deadlinebot.session";

    private readonly IDataProtector _protector = protection.CreateProtector("DeadlineBot.Web.Session.v1");

    public void Issue(HttpContext context, WebUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var expires = time.GetUtcNow().AddHours(options.Value.SessionHours);
        var payload = string.Join('\n', user.Name, user.Role, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        context.Response.Cookies.Append(Name, _protector.Protect(payload), Options(context));
    }

    public void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(context));
    }

    /// <summary>The signed-in user, or null when there is no cookie, it was altered, made with another key ring, or it expired.</summary>
    public WebUser? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[Name] is not { Length: > 0 } value)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('\n');
        return parts.Length == 3 && ApiRoles.IsKnown(parts[1])
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() < expires
            ? new WebUser(parts[0], parts[1])
            : null;
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = WebPaths.Base,
        IsEssential = true,
    };
}
