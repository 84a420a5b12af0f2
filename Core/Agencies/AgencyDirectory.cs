namespace DeadlineBot.Core.Agencies;

/// <summary>
/// Canonical agency names and the abbreviations and older names that mean them. Data, not code:
/// seeded with the bodies in the sample plans and extendable from JSON.
/// </summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    public static AgencyDirectory Default { get; } = new();

    /// <summary>The canonical name for <paramref name="name"/> (NFC, abbreviations resolved); the name itself when unknown.</summary>
    public string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Normalize(System.Text.NormalizationForm.FormC).Trim();
        return _aliases.TryGetValue(normalized, out var canonical) ? canonical : normalized;
    }
}
