using System.Globalization;
using System.Text.Json;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// The settings of <c>host.json</c> that the self-host must honour as the Functions host does: the HTTP route
/// prefix and the queue trigger's delivery semantics. host.json is their one definition; both hosts read it.
/// </summary>
public sealed record HostJson(
    string RoutePrefix,
    int MaxDequeueCount,
    TimeSpan VisibilityTimeout,
    TimeSpan MaxPollingInterval,
    int BatchSize,
    string MessageEncoding)
{
    public const string FileName = "host.json";

    /// <summary>The Functions host's own defaults, for settings host.json leaves out.</summary>
    public static HostJson Defaults { get; } = new("api", 5, TimeSpan.Zero, TimeSpan.FromMinutes(1), 16, "base64");

    private static readonly Lazy<HostJson> Loaded = new(Load);

    /// <summary>The app's host.json, read once.</summary>
    public static HostJson Current => Loaded.Value;

    /// <summary>host.json beside the app's assembly (the build copies it there).</summary>
    public static HostJson Load() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FileName)));

    public static HostJson Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var extensions = Member(document.RootElement, "extensions");
        var http = extensions is { } e ? Member(e, "http") : null;
        var queues = extensions is { } x ? Member(x, "queues") : null;
        return new HostJson(
            Text(http, "routePrefix") ?? Defaults.RoutePrefix,
            Number(queues, "maxDequeueCount") ?? Defaults.MaxDequeueCount,
            Time(queues, "visibilityTimeout") ?? Defaults.VisibilityTimeout,
            Time(queues, "maxPollingInterval") ?? Defaults.MaxPollingInterval,
            Number(queues, "batchSize") ?? Defaults.BatchSize,
            Text(queues, "messageEncoding") ?? Defaults.MessageEncoding);
    }

    private static JsonElement? Member(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Object)
            {
                return property.Value;
            }
        }

        return null;
    }

    private static JsonElement? Value(JsonElement? section, string name) =>
        section?.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: not JsonValueKind.Undefined } v ? v : null;

    private static string? Text(JsonElement? section, string name) =>
        Value(section, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static int? Number(JsonElement? section, string name) =>
        Value(section, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;

    private static TimeSpan? Time(JsonElement? section, string name) =>
        Text(section, name) is { } text && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
}
