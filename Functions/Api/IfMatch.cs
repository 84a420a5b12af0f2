using Azure;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The <c>If-Match</c> header of a write, read once: absent, <c>*</c> (any version), one version as this API gave it
/// (see <see cref="StoredVersion"/>), or malformed: anything else, lists of tags included. Takes the raw header text, so
/// any host can use it; <see cref="Problems.Refuse(IfMatch, bool)"/> says what to answer when it cannot be used.
/// </summary>
public readonly record struct IfMatch(IfMatchKind Kind, ETag Version)
{
    public static IfMatch Parse(string? header)
    {
        var value = header?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return new(IfMatchKind.Absent, default);
        }

        if (value == "*")
        {
            return new(IfMatchKind.Any, ETag.All);
        }

        return StoredVersion.IsWellFormed(value) ? new(IfMatchKind.Version, new ETag(value)) : new(IfMatchKind.Malformed, default);
    }

    /// <summary>
    /// The version a write must match: the one given, or <paramref name="current"/> (just read) when the header is
    /// absent or <c>*</c>, which asks only that the resource exist.
    /// </summary>
    public ETag Expected(ETag current) => Kind == IfMatchKind.Version ? Version : current;
}
