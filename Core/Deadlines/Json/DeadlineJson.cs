using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>
/// Reads and writes the deadline JSON Lines format used by <c>deadlinebot parse --batch</c> (and reusable by
/// <c>import --json</c>): one compact object per line, Vietnamese text written as is rather than escaped.
/// </summary>
public static class DeadlineJson
{
    private static readonly DeadlineJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(DeadlineParseResult result) =>
        JsonSerializer.Serialize(DeadlineResultJson.From(result), Context.DeadlineResultJson);

    public static string SerializeError(string error, int line) =>
        JsonSerializer.Serialize(new DeadlineLineErrorJson(error, line), Context.DeadlineLineErrorJson);

    /// <summary>Reads one batch line; on failure <paramref name="error"/> says why and nothing is returned.</summary>
    public static bool TryReadRequest(string line, DateOnly defaultIssued, out string text, out DateOnly issued, out string? error)
    {
        text = string.Empty;
        issued = defaultIssued;
        DeadlineRequestJson? request;
        try
        {
            request = JsonSerializer.Deserialize(line, Context.DeadlineRequestJson);
        }
        catch (JsonException e)
        {
            error = DeadlineMessages.NotJson(e.Message);
            return false;
        }

        if (request?.Text is null)
        {
            error = DeadlineMessages.TextMissing;
            return false;
        }

        if (request.Issued is not null && !TryParseDate(request.Issued, out issued))
        {
            error = DeadlineMessages.IssuedNotADate(request.Issued);
            return false;
        }

        text = request.Text;
        error = null;
        return true;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> exactly.</summary>
    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
