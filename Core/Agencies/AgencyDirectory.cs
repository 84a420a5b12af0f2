using System.Resources;
using System.Text;
using System.Text.Json;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// Canonical agency names and the abbreviations and older names that mean them. Data, not code:
/// seeded with the bodies in the sample plans (embedded <c>agencies.json</c>) and extendable from JSON
/// of the same shape: <c>{"agencies": [{"name": "Sở Khoa học và Công nghệ", "aliases": ["Sở KH&amp;CN"]}]}</c>.
/// </summary>
public sealed class AgencyDirectory
{
    private const string SeedResource = "DeadlineBot.Core.Agencies.Data.agencies.json";

    private readonly Dictionary<string, string> _aliases;

    private AgencyDirectory(Dictionary<string, string> aliases)
    {
        _aliases = aliases;
        LongestKey = aliases.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>A directory that knows no agency: every name is its own canonical name (after NFC).</summary>
    public static AgencyDirectory Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The directory seeded with the agencies named in the sample plans.</summary>
    public static AgencyDirectory Default { get; } = LoadSeed();

    /// <summary>The canonical names this directory knows.</summary>
    public IReadOnlyCollection<string> Names => _aliases.Values.Distinct(StringComparer.Ordinal).ToList();

    private int LongestKey { get; }

    /// <summary>Reads a directory from JSON; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static AgencyDirectory Load(Stream json) => Empty.Extend(json);

    /// <summary>This directory plus the agencies in <paramref name="json"/>; later entries win for a shared alias.</summary>
    public AgencyDirectory Extend(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var aliases = new Dictionary<string, string>(_aliases, StringComparer.Ordinal);
        foreach (var (name, others) in ReadEntries(json))
        {
            var canonical = name.Normalize(NormalizationForm.FormC).Trim();
            aliases[AgencyKey.Of(canonical)] = canonical;
            foreach (var alias in others)
            {
                aliases[AgencyKey.Of(alias)] = canonical;
            }
        }

        return new AgencyDirectory(aliases);
    }

    /// <summary>The canonical name for <paramref name="name"/> (NFC, abbreviations resolved); the name itself when unknown.</summary>
    public string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Normalize(NormalizationForm.FormC).Trim();
        return _aliases.TryGetValue(AgencyKey.Of(normalized), out var canonical) ? canonical : normalized;
    }

    /// <summary>Whether <paramref name="name"/> is a known agency or alias.</summary>
    public bool Knows(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _aliases.ContainsKey(AgencyKey.Of(name));
    }

    /// <summary>
    /// The longest known agency that <paramref name="text"/> starts with, ending at a word boundary
    /// ("Sở Tài chính tham mưu …" → "Sở Tài chính"); null when it starts with none.
    /// </summary>
    public string? KnownAtStart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(words.Length, 16); count > 0; count--)
        {
            var candidate = string.Join(' ', words, 0, count);
            if (candidate.Length <= LongestKey + 8 && _aliases.TryGetValue(AgencyKey.Of(candidate), out var canonical))
            {
                return canonical;
            }
        }

        return null;
    }

    private static AgencyDirectory LoadSeed()
    {
        using var seed = typeof(AgencyDirectory).Assembly.GetManifestResourceStream(SeedResource)
            ?? throw new MissingManifestResourceException(SeedResource);
        return Load(seed);
    }

    private static List<(string Name, IReadOnlyList<string> Aliases)> ReadEntries(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException(AgencyMessages.NotJson(e.Message), e);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("agencies", out var agencies) || agencies.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException(AgencyMessages.NoAgencyList);
            }

            var entries = new List<(string, IReadOnlyList<string>)>();
            var index = 0;
            foreach (var agency in agencies.EnumerateArray())
            {
                index++;
                if (agency.ValueKind != JsonValueKind.Object
                    || !agency.TryGetProperty("name", out var name)
                    || name.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(name.GetString()))
                {
                    throw new FormatException(AgencyMessages.EntryWithoutName(index));
                }

                var aliases = agency.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String)
                        .Select(a => a.GetString()!).Where(a => !string.IsNullOrWhiteSpace(a)).ToList()
                    : [];
                entries.Add((name.GetString()!, aliases));
            }

            return entries;
        }
    }
}
