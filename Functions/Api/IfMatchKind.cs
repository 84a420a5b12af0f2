namespace DeadlineBot.Functions.Api;

/// <summary>What an <c>If-Match</c> header holds (see <see cref="IfMatch"/>).</summary>
public enum IfMatchKind
{
    Absent,
    Any,
    Version,
    Malformed,
}
