using System.Globalization;
using System.Text.RegularExpressions;
using Azure;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// The versions (ETags) Table Storage gives its rows: <c>W/"datetime'2022-06-01T02%3A00%3A00.1234567Z'"</c>, the time
/// of the last write. Only such a value may be sent back as a condition: the service answers anything else with
/// 400 InvalidInput rather than 412, so a caller's garbage must be refused before it gets there.
/// </summary>
public static partial class StoredVersion
{
    /// <summary>True when <paramref name="etag"/> has the shape of a version Table Storage issues, with a real instant in it.</summary>
    public static bool IsWellFormed(string? etag)
    {
        if (etag is null || Shape().Match(etag) is not { Success: true } match)
        {
            return false;
        }

        var instant = Uri.UnescapeDataString(match.Groups["instant"].Value);
        return DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    public static bool IsWellFormed(ETag etag) => IsWellFormed(etag.ToString());

    [GeneratedRegex(@"^W/""datetime'(?<instant>\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}%3A\d{2}(\.\d{1,7})?Z)'""$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
