using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeadlineBot.Core.Plans;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// Carries a plan's preview between the requests that review it, in the page itself: the preview's JSON exactly as
/// <c>POST /api/plans/preview</c> returns it (so confirming it is what the API's confirmation does), edits applied,
/// compressed, then encrypted and signed by data protection. A draft altered or older than
/// <see cref="Lifetime"/> is refused; nothing is stored until it is confirmed, so an abandoned review leaves nothing.
/// </summary>
public sealed class PlanDrafts(IDataProtectionProvider protection, IOptions<JsonOptions> json)
{
    public const string Field = "draft";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("DeadlineBot.Web.PlanDraft.v1").ToTimeLimitedDataProtector();

    public JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>The preview of an import as a draft to review.</summary>
    public PlanDraft Start(PlanImport preview, string fileName)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var node = JsonSerializer.SerializeToNode(preview, Json)!.AsObject();
        node["plan"]!.AsObject()["fileName"] = fileName;
        return new PlanDraft(node, Json);
    }

    public string Protect(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest))
        {
            brotli.Write(Encoding.UTF8.GetBytes(draft.Document.ToJsonString(Json)));
        }

        return Convert.ToBase64String(_protector.Protect(packed.ToArray(), Lifetime));
    }

    /// <summary>The draft a form carried back; null when it is missing, altered, made with other keys or expired.</summary>
    public PlanDraft? Unprotect(string? protectedDraft)
    {
        if (string.IsNullOrEmpty(protectedDraft))
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(Convert.FromBase64String(protectedDraft));
            using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonNode.Parse(brotli) is JsonObject document ? new PlanDraft(document, Json) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
