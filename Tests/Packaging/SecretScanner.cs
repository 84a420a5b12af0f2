using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeadlineBot.Tests.Packaging;

/// <summary>
/// Finds secrets in a package entry: key and certificate files; connection strings with keys, passwords,
/// SAS signatures and private keys in text files; secret-named JSON settings with a value; and, in the
/// app's own assemblies, account keys and private keys. The Azurite development key counts as a secret:
/// it belongs in sample docs, never in a deployed package.
/// </summary>
internal static partial class SecretScanner
{
    public const string AzuriteAccountKey = AzuriteKeyStart + "/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AzuriteKeyStart = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq";

    private static readonly string[] SecretFileExtensions = [".pfx", ".p12", ".pem", ".key", ".snk", ".env"];

    private static readonly string[] TextExtensions = [".json", ".xml", ".config", ".txt", ".yml", ".yaml", ".ini", ".md", ".sh", ".env"];

    /// <summary>Values that name a local stand-in rather than hold a secret.</summary>
    private static readonly string[] HarmlessValues = ["UseDevelopmentStorage=true"];

    public static IEnumerable<PackageProblem> Scan(ZipArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var extension = Path.GetExtension(entry.Name).ToLowerInvariant();
        if (SecretFileExtensions.Contains(extension) || entry.Name.StartsWith("id_rsa", StringComparison.Ordinal))
        {
            return [Problem(entry, "a key or certificate file")];
        }

        if (TextExtensions.Contains(extension))
        {
            var text = Read(entry, Encoding.UTF8);
            return TextSecret().Matches(text).Select(match => Problem(entry, Describe(match)))
                .Concat(extension == ".json" ? JsonSecrets(entry, text) : []);
        }

        if (entry.Name.StartsWith("DeadlineBot.", StringComparison.Ordinal) && extension == ".dll")
        {
            // String literals live in UTF-16 in an assembly's user-string heap.
            return BinarySecret().Matches(Read(entry, Encoding.Unicode) + "\n" + Read(entry, Encoding.UTF8))
                .Select(match => Problem(entry, Describe(match)));
        }

        return [];
    }

    private static IEnumerable<PackageProblem> JsonSecrets(ZipArchiveEntry entry, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return [];
        }

        return Properties(root)
            .Where(property => SecretName().IsMatch(property.Name)
                && property.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() is { Length: > 0 } secret && !HarmlessValues.Contains(secret))
            .Select(property => Problem(entry, $"setting '{property.Name}' has a value"));
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Properties(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Properties(property.Value).Prepend((property.Key, property.Value))),
        JsonArray array => array.SelectMany(Properties),
        _ => [],
    };

    private static string Read(ZipArchiveEntry entry, Encoding encoding)
    {
        using var reader = new StreamReader(entry.Open(), encoding, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    private static string Describe(Match match) =>
        $"'{match.Value[..Math.Min(match.Value.Length, 24)]}…'";

    private static PackageProblem Problem(ZipArchiveEntry entry, string detail) =>
        new(PackageProblemKind.Secret, entry.FullName, detail);

    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/=]{16,}|SharedAccessKey=[^;""\s]+|-----BEGIN [A-Z ]*PRIVATE KEY-----|(?<![A-Za-z])Password=[^;""\s]+|[?&]sig=[A-Za-z0-9%+/=]{16,}|" + AzuriteKeyStart, RegexOptions.IgnoreCase)]
    private static partial Regex TextSecret();

    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/=]{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|" + AzuriteKeyStart)]
    private static partial Regex BinarySecret();

    [GeneratedRegex(@"(password|secret|signingkey|accountkey|apikey|connectionstring|^key)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
