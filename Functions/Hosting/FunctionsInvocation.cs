using System.Globalization;
using System.Text.Json;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// What the Functions host posts to a custom handler for a non-HTTP trigger: <c>{"Data": {binding: value},
/// "Metadata": {name: value}}</c>. Read tolerantly: names in any case, a queue message that arrives as a JSON string
/// (often JSON-encoded twice), metadata numbers that arrive as strings.
/// </summary>
public sealed class FunctionsInvocation
{
    private readonly Dictionary<string, JsonElement> _data;
    private readonly Dictionary<string, JsonElement> _metadata;

    private FunctionsInvocation(Dictionary<string, JsonElement> data, Dictionary<string, JsonElement> metadata)
    {
        _data = data;
        _metadata = metadata;
    }

    public static FunctionsInvocation Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Reads a payload; an empty or unreadable body gives <see cref="Empty"/> (a timer needs nothing from it).</summary>
    public static async Task<FunctionsInvocation> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            return new FunctionsInvocation(Members(document.RootElement, "Data"), Members(document.RootElement, "Metadata"));
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>
    /// A trigger value as text: <paramref name="binding"/>'s value, else the only value given. A JSON string is
    /// unwrapped while it still holds an encoded string (a queue message comes as <c>"\"{...}\""</c>); an object
    /// gives its JSON.
    /// </summary>
    public string? Text(string binding)
    {
        if (!_data.TryGetValue(binding, out var value))
        {
            if (_data.Count != 1)
            {
                return null;
            }

            value = _data.Values.Single();
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value.GetRawText();
        }

        var text = value.GetString();
        for (var depth = 0; depth < 4 && text is ['"', .., '"']; depth++)
        {
            try
            {
                text = JsonSerializer.Deserialize<string>(text);
            }
            catch (JsonException)
            {
                break;
            }
        }

        return text;
    }

    /// <summary>A metadata number such as <c>DequeueCount</c>, given as a number or as a string.</summary>
    public long? Number(string name)
    {
        if (!_metadata.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    private static Dictionary<string, JsonElement> Members(JsonElement root, string name)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in property.Value.EnumerateObject())
                {
                    members[member.Name] = member.Value.Clone();
                }
            }
        }

        return members;
    }
}
