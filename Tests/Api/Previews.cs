using System.Net;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>Uploads a plan document as staff would (the raw body with ?fileName=) and reads the answer.</summary>
internal static class Previews
{
    /// <summary>The preview of a fixture, by its path under the test output's <c>Fixtures</c> folder.</summary>
    public static async Task<JsonNode> OfFixtureAsync(ApiHost host, string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);
        return await PostAsync(host, "/api/plans/preview", Path.GetFileName(path), await File.ReadAllBytesAsync(path));
    }

    public static async Task<JsonNode> PostAsync(ApiHost host, string url, string fileName, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        return await (await host.Client().PostAsync(new Uri($"{url}?fileName={fileName}", UriKind.Relative), content)).JsonAsync(HttpStatusCode.OK);
    }
}
