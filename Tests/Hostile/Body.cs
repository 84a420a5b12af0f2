using System.Net.Http.Headers;

namespace DeadlineBot.Tests.Hostile;

/// <summary>A request body as raw bytes and the Content-Type header sent with it as written (none when null).</summary>
public sealed record Body(byte[] Bytes, string? ContentType)
{
    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = null;
        if (ContentType is not null && !content.Headers.TryAddWithoutValidation("Content-Type", ContentType))
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        }

        return content;
    }
}
