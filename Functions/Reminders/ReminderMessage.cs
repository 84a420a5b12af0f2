using System.Text.Json;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The queue message for one digest: only its id, agency and day; the items are in the reminder log
/// (<see cref="Storage.DigestRecord"/>). JSON, Base64-encoded on the queue.
/// </summary>
public sealed record ReminderMessage(string DigestId, string Agency, DateOnly Date)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a message body; null when it is not a digest reference (it then goes to the poison queue).</summary>
    public static ReminderMessage? TryRead(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var message = JsonSerializer.Deserialize<ReminderMessage>(json, Json);
            return string.IsNullOrEmpty(message?.DigestId) || string.IsNullOrEmpty(message.Agency) ? null : message;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
