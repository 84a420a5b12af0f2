using System.Text;

namespace DeadlineBot.Functions.Web.Rendering;

/// <summary>
/// A page of the web app with the headers every such page carries: a Content-Security-Policy that allows scripts,
/// styles and images only from this app (no inline script or style, so an injected tag does nothing), forms that post
/// only back to it, no framing; no MIME sniffing; no referrer; no caching (pages show people's addresses).
/// </summary>
public sealed class PageResult(Markup html, int status = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "text/html; charset=utf-8";

    public static IReadOnlyDictionary<string, string> SecurityHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Security-Policy"] =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ["X-Frame-Options"] = "DENY",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Cache-Control"] = "no-store",
    };

    public int Status { get; } = status;

    public Markup Html { get; } = html;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        Apply(response);
        response.StatusCode = Status;
        response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetBytes(Html.Value);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    /// <summary>Sets the security headers on any response of the app (redirects and downloads included).</summary>
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var (name, value) in SecurityHeaders)
        {
            response.Headers[name] = value;
        }
    }
}
