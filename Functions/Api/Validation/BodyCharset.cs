using System.Text;
using Microsoft.Net.Http.Headers;

namespace DeadlineBot.Functions.Api.Validation;

/// <summary>
/// The charset a request's Content-Type names, looked up as the JSON body reader looks it up: a name no encoding has
/// (<c>charset=bogus</c>, a quoted <c>charset="utf-8"</c>) makes that reader throw, so such a body is refused as 415.
/// </summary>
public static class BodyCharset
{
    public static bool IsUnknown(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.Charset is not { Length: > 0 } charset)
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(charset.ToString());
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
