using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Packaging;

/// <summary>
/// Checks a zip the way the Functions host will read it: host.json names a custom handler executable that
/// is present and executable; one folder per function with a function.json holding exactly one known
/// trigger; an extension bundle when a binding needs one; no local settings and no secrets.
/// </summary>
internal static class PackageInspector
{
    private static readonly HashSet<string> KnownTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "httpTrigger", "timerTrigger", "queueTrigger", "blobTrigger", "eventGridTrigger",
        "eventHubTrigger", "serviceBusTrigger", "cosmosDBTrigger",
    };

    /// <summary>Bindings built into the host; every other binding comes from the extension bundle.</summary>
    private static readonly HashSet<string> BuiltInBindings = new(StringComparer.OrdinalIgnoreCase)
    {
        "httpTrigger", "http", "timerTrigger",
    };

    private const int ExecuteBits = 0b001_001_001;

    public static IReadOnlyList<PackageProblem> Inspect(ZipArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var problems = new List<PackageProblem>();
        var host = ReadHost(archive, problems);
        var needsBundle = InspectFunctions(archive, problems);
        if (host is not null && needsBundle is { } binding && host["extensionBundle"] is null)
        {
            problems.Add(new(PackageProblemKind.MissingExtensionBundle, "host.json", $"binding '{binding}' needs the extension bundle"));
        }

        problems.AddRange(archive.Entries
            .Where(entry => entry.Name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase))
            .Select(entry => new PackageProblem(PackageProblemKind.LocalSettings, entry.FullName, "local settings never ship")));
        problems.AddRange(archive.Entries.SelectMany(SecretScanner.Scan));
        return problems;
    }

    private static JsonNode? ReadHost(ZipArchive archive, List<PackageProblem> problems)
    {
        var entry = archive.GetEntry("host.json");
        if (entry is null)
        {
            problems.Add(new(PackageProblemKind.MissingHostJson, "host.json", "not at the package root"));
            return null;
        }

        var host = ParseJson(entry, PackageProblemKind.InvalidHostJson, problems);
        if (host?["customHandler"]?["description"]?["defaultExecutablePath"] is not JsonValue pathValue
            || pathValue.GetValueKind() != JsonValueKind.String)
        {
            problems.Add(new(PackageProblemKind.InvalidHostJson, "host.json", "no customHandler.description.defaultExecutablePath"));
            return host;
        }

        var path = pathValue.GetValue<string>().Replace('\\', '/').TrimStart('.', '/');
        var executable = archive.GetEntry(path);
        if (executable is null)
        {
            problems.Add(new(PackageProblemKind.MissingExecutable, path, "host.json names it but the package has no such file"));
        }
        else if (((executable.ExternalAttributes >> 16) & ExecuteBits) == 0)
        {
            problems.Add(new(PackageProblemKind.NotExecutable, path, "the execute bit is not set"));
        }

        return host;
    }

    /// <summary>Checks every function.json; returns a binding that needs the extension bundle, if any.</summary>
    private static string? InspectFunctions(ZipArchive archive, List<PackageProblem> problems)
    {
        var functions = archive.Entries.Where(entry => entry.Name == "function.json" && entry.FullName.Count(c => c == '/') == 1).ToList();
        if (functions.Count == 0)
        {
            problems.Add(new(PackageProblemKind.NoFunctions, "<Function>/function.json", "the package has no function folder"));
        }

        string? needsBundle = null;
        foreach (var entry in functions)
        {
            var function = ParseJson(entry, PackageProblemKind.InvalidFunctionJson, problems);
            if (function is null)
            {
                continue;
            }

            if (function["bindings"] is not JsonArray bindings)
            {
                problems.Add(new(PackageProblemKind.InvalidFunctionJson, entry.FullName, "no bindings array"));
                continue;
            }

            var types = bindings.Select(binding => binding?["type"]?.GetValueKind() == JsonValueKind.String ? (string?)binding["type"] : null).ToList();
            if (types.Contains(null))
            {
                problems.Add(new(PackageProblemKind.InvalidFunctionJson, entry.FullName, "a binding has no type"));
            }

            var triggers = types.OfType<string>().Where(type => type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)).ToList();
            if (triggers.Count != 1)
            {
                problems.Add(new(PackageProblemKind.InvalidFunctionJson, entry.FullName, $"{triggers.Count} triggers; a function has exactly one"));
            }

            problems.AddRange(triggers.Where(trigger => !KnownTriggers.Contains(trigger))
                .Select(trigger => new PackageProblem(PackageProblemKind.UnknownTrigger, entry.FullName, $"'{trigger}' is not a trigger the host knows")));
            needsBundle ??= types.OfType<string>().FirstOrDefault(type => !BuiltInBindings.Contains(type));
        }

        return needsBundle;
    }

    private static JsonNode? ParseJson(ZipArchiveEntry entry, PackageProblemKind kind, List<PackageProblem> problems)
    {
        try
        {
            using var stream = entry.Open();
            return JsonNode.Parse(stream, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            problems.Add(new(kind, entry.FullName, $"not valid JSON: {error.Message}"));
            return null;
        }
    }
}
