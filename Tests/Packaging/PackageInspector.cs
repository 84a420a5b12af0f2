using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Packaging;

/// <summary>
/// Checks a zip the way the Functions host will read an isolated worker app: host.json without a custom handler;
/// worker.config.json naming the dotnet-isolated worker assembly, which is present; functions.metadata listing
/// functions with exactly one known trigger each; every extension extensions.json names present under
/// .azurefunctions/; no local settings and no secrets.
/// </summary>
internal static class PackageInspector
{
    private static readonly HashSet<string> KnownTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "httpTrigger", "timerTrigger", "queueTrigger", "blobTrigger", "eventGridTrigger",
        "eventHubTrigger", "serviceBusTrigger", "cosmosDBTrigger",
    };

    public static IReadOnlyList<PackageProblem> Inspect(ZipArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var problems = new List<PackageProblem>();
        InspectHost(archive, problems);
        InspectWorker(archive, problems);
        InspectMetadata(archive, problems);
        InspectExtensions(archive, problems);
        problems.AddRange(archive.Entries
            .Where(entry => entry.Name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase))
            .Select(entry => new PackageProblem(PackageProblemKind.LocalSettings, entry.FullName, "local settings never ship")));
        problems.AddRange(archive.Entries.SelectMany(SecretScanner.Scan));
        return problems;
    }

    private static void InspectHost(ZipArchive archive, List<PackageProblem> problems)
    {
        if (Read(archive, "host.json", PackageProblemKind.MissingHostJson, PackageProblemKind.InvalidHostJson, problems) is not { } host)
        {
            return;
        }

        if ((string?)host["version"] != "2.0")
        {
            problems.Add(new(PackageProblemKind.InvalidHostJson, "host.json", "version is not 2.0"));
        }

        if (host["customHandler"] is not null)
        {
            problems.Add(new(PackageProblemKind.InvalidHostJson, "host.json", "configures a custom handler: the host would not start the isolated worker"));
        }
    }

    private static void InspectWorker(ZipArchive archive, List<PackageProblem> problems)
    {
        var config = Read(archive, "worker.config.json", PackageProblemKind.MissingWorkerConfig, PackageProblemKind.MissingWorkerConfig, problems);
        var description = config?["description"];
        if (config is null)
        {
            return;
        }

        if ((string?)description?["language"] != "dotnet-isolated" || description?["defaultWorkerPath"] is not JsonValue path)
        {
            problems.Add(new(PackageProblemKind.MissingWorkerConfig, "worker.config.json", "no dotnet-isolated description with a defaultWorkerPath"));
            return;
        }

        var worker = EntryName(path.GetValue<string>());
        if (archive.GetEntry(worker) is null)
        {
            problems.Add(new(PackageProblemKind.MissingWorker, worker, "worker.config.json names it but the package has no such file"));
        }
    }

    private static void InspectMetadata(ZipArchive archive, List<PackageProblem> problems)
    {
        if (Read(archive, "functions.metadata", PackageProblemKind.MissingMetadata, PackageProblemKind.InvalidMetadata, problems) is not { } metadata)
        {
            return;
        }

        if (metadata is not JsonArray functions || functions.Count == 0)
        {
            problems.Add(new(PackageProblemKind.InvalidMetadata, "functions.metadata", "lists no function"));
            return;
        }

        foreach (var function in functions)
        {
            var name = (string?)function?["name"] ?? "?";
            var triggers = (function?["bindings"] as JsonArray ?? [])
                .Select(binding => (string?)binding?["type"] ?? string.Empty)
                .Where(type => type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)).ToList();
            if (triggers.Count != 1)
            {
                problems.Add(new(PackageProblemKind.InvalidMetadata, name, $"{triggers.Count} triggers; a function has exactly one"));
            }

            problems.AddRange(triggers.Where(trigger => !KnownTriggers.Contains(trigger))
                .Select(trigger => new PackageProblem(PackageProblemKind.UnknownTrigger, name, $"'{trigger}' is not a trigger the host knows")));
        }
    }

    private static void InspectExtensions(ZipArchive archive, List<PackageProblem> problems)
    {
        if (Read(archive, "extensions.json", PackageProblemKind.MissingExtension, PackageProblemKind.MissingExtension, problems) is not { } extensions)
        {
            return;
        }

        foreach (var extension in extensions["extensions"] as JsonArray ?? [])
        {
            var hint = EntryName((string?)extension?["hintPath"]);
            if (hint.Length == 0 || archive.GetEntry(hint) is null)
            {
                problems.Add(new(PackageProblemKind.MissingExtension, hint, $"extension '{(string?)extension?["name"]}' is named but not packaged"));
            }
        }
    }

    /// <summary>A path as the host files give it (<c>./.azurefunctions/x.dll</c>) as the zip names it.</summary>
    private static string EntryName(string? path)
    {
        var name = (path ?? string.Empty).Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        return name;
    }

    private static JsonNode? Read(ZipArchive archive, string name, PackageProblemKind missing, PackageProblemKind invalid, List<PackageProblem> problems)
    {
        if (archive.GetEntry(name) is not { } entry)
        {
            problems.Add(new(missing, name, "not at the package root"));
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return JsonNode.Parse(stream, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            problems.Add(new(invalid, entry.FullName, $"not valid JSON: {error.Message}"));
            return null;
        }
    }
}
