namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// How much work one document may cause: its size as uploaded, the size the XML of its Word package unpacks to (a zip
/// bomb is refused before it is inflated; pictures do not count), the text it may yield, and its pages. Each is far
/// above any real plan.
/// </summary>
public sealed record ReadLimits(long MaxBytes, long MaxUnpackedBytes, int MaxCharacters, int MaxPages)
{
    /// <summary>20 MB uploaded, 30 MB of unpacked XML, 3 million characters of text, 2,000 pages.</summary>
    public static ReadLimits Default { get; } = new(20L * 1024 * 1024, 30L * 1024 * 1024, 3_000_000, 2_000);
}
