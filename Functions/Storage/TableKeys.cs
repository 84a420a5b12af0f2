using System.Security.Cryptography;
using System.Text;

namespace DeadlineBot.Functions.Storage;

/// <summary>What Table Storage accepts as a PartitionKey or RowKey, and a safe form for any other text.</summary>
public static class TableKeys
{
    /// <summary>True when <paramref name="value"/> can be used as a key as it is.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 255
        && !value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    /// <summary>Throws <see cref="ArgumentException"/> with a clear message when <paramref name="value"/> is no valid key.</summary>
    public static string Require(string? value, string what)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(StorageMessages.BadKey(what, value ?? string.Empty), what);
        }

        return value!;
    }

    /// <summary>A key for arbitrary text: the text itself when valid and short, else a stable hash of it.</summary>
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsValid(text) && text.Length <= 200 && !text.Contains('%', StringComparison.Ordinal) ? text : Hash(text);
    }

    /// <summary>A stable lower-case hex digest of <paramref name="text"/> (<paramref name="length"/> characters).</summary>
    public static string Hash(string text, int length = 32)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(digest)[..length];
    }
}
