using System.Text;

namespace DeadlineBot.Functions.Completion;

/// <summary>
/// An HTML page of this app (200, UTF-8) with the headers every such page carries: a Content-Security-Policy that
/// allows no script, style source, frame or plugin and lets the form post only back to this site; no framing
/// (clickjacking); no MIME sniffing; no referrer (the link's signature is in its query); no caching.
/// </summary>
public sealed class HtmlPageResult(string html) : IResult
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>The headers, for any host that writes a page itself.</summary>
    public static IReadOnlyDictionary<string, string> SecurityHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Security-Policy"] = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ["X-Frame-Options"] = "DENY",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Cache-Control"] = "no-store",
    };

    public string Html { get; } = html;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        foreach (var (name, value) in SecurityHeaders)
        {
            response.Headers[name] = value;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
