using System.IO.Compression;
using System.Text.Json;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A digest row of the reminder log: PartitionKey "digest", RowKey = digest id, which starts with the day
/// (<c>20220324-so-noi-vu-…</c>) so a day's digests are one RowKey range. The items are Brotli-compressed JSON
/// in a binary property (64 KiB holds hundreds of items), so the queue message only names the digest.
/// </summary>
internal sealed class DigestEntity : TableRow
{
    public const string Partition = "digest";

    private const int MaxPropertyBytes = 60 * 1024;

    public DigestEntity()
    {
        PartitionKey = Partition;
    }

    public string Agency { get; set; } = string.Empty;

    public string? Date { get; set; }

    public byte[]? Items { get; set; }

    public int ItemCount { get; set; }

    public string Status { get; set; } = string.Empty;

    public DateTimeOffset Queued { get; set; }

    public DateTimeOffset? Sent { get; set; }

    public string? Recipients { get; set; }

    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SendingUntil { get; set; }

    public DateTimeOffset? Updated { get; set; }

    /// <summary>The email as sent (<see cref="SentEmail"/>), Brotli-compressed JSON; null until sent.</summary>
    public byte[]? Email { get; set; }

    public static DigestEntity From(DigestRecord digest) => new()
    {
        RowKey = TableKeys.Require(digest.Id, "Digest id"),
        Agency = digest.Agency,
        Date = StoredDates.Write(digest.Date),
        Items = Compress(digest.Items),
        ItemCount = digest.Items.Count,
        Status = digest.Status.ToString(),
        Queued = digest.Queued,
        Sent = digest.Sent,
        Recipients = digest.Recipients,
        Error = digest.Error,
        Attempts = digest.Attempts,
        SendingUntil = digest.SendingUntil,
        Updated = digest.Updated,
        Email = digest.Email is { } email ? Fitted(email) : null,
    };

    public DigestRecord ToDigest() =>
        new(
            RowKey,
            Agency,
            StoredDates.Read(Date) ?? DateOnly.MinValue,
            Decompress(Items),
            Enum.TryParse<DigestStatus>(Status, out var status) ? status : DigestStatus.Queued,
            Queued,
            Sent,
            Recipients,
            Error,
            Attempts)
        {
            ETag = ETag,
            SendingUntil = SendingUntil,
            Updated = Updated,
            Email = Email is { Length: > 0 } email ? Decompress<SentEmail>(email) : null,
        };

    /// <summary>
    /// The email compressed to fit one binary property (64 KiB): a body too long even compressed keeps its beginning, so
    /// the Sent write that carries it always lands.
    /// </summary>
    private static byte[] Fitted(SentEmail email)
    {
        for (var text = email.Text; ; text = string.Concat(text.AsSpan(0, text.Length / 2), "…"))
        {
            var data = Compress(email with { Text = text });
            if (data.Length <= MaxPropertyBytes)
            {
                return data;
            }
        }
    }

    private static byte[] Compress<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal))
        {
            JsonSerializer.Serialize(brotli, value, StoredJson.Options);
        }

        return buffer.ToArray();
    }

    private static ReminderItem[] Decompress(byte[]? data) =>
        data is null || data.Length == 0 ? [] : Decompress<ReminderItem[]>(data) ?? [];

    private static T? Decompress<T>(byte[] data)
    {
        using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, StoredJson.Options);
    }
}
