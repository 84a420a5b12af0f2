using System.Reflection;
using DeadlineBot.Functions.Web.Rendering;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The app's own style sheet and script, embedded in the assembly and served here (no CDN), cached for a day.</summary>
public sealed class WebAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = Load();

    [Function("WebAsset")]
    public IResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/assets/{name}")] HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Files.TryGetValue(name ?? string.Empty, out var file))
        {
            return Results.NotFound();
        }

        PageResult.Apply(request.HttpContext.Response);
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var (name, type) in new[] { ("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("DeadlineBot.Web." + name)
                ?? throw new InvalidOperationException($"The web asset {name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = (type, copy.ToArray());
        }

        return files;
    }
}
