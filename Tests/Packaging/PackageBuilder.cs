using System.IO.Compression;
using System.Text;

namespace DeadlineBot.Tests.Packaging;

/// <summary>Builds a package in memory: a well-formed custom handler app, then changed one piece at a time.</summary>
internal sealed class PackageBuilder
{
    public const string HostJson = """
        {
          "version": "2.0",
          "customHandler": { "description": { "defaultExecutablePath": "DeadlineBot.Functions" } },
          "extensionBundle": { "id": "Microsoft.Azure.Functions.ExtensionBundle", "version": "[4.*, 5.0.0)" }
        }
        """;

    private const int Executable = 0b111_101_101;
    private const int Regular = 0b110_100_100;

    private readonly SortedDictionary<string, (string Content, int Mode)> entries = new(StringComparer.Ordinal)
    {
        ["host.json"] = (HostJson, Regular),
        ["DeadlineBot.Functions"] = ("\u007fELF", Executable),
        ["DeadlineBot.Functions.dll"] = ("MZ", Regular),
        ["appsettings.json"] = ("""{ "DeadlineBot": { "Smtp": { "Password": "" }, "Storage": { "ConnectionString": "UseDevelopmentStorage=true" } } }""", Regular),
        ["ScanTimer/function.json"] = ("""{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "0 0 1 * * *" } ] }""", Regular),
        ["SendReminder/function.json"] = ("""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "reminder", "queueName": "reminders" } ] }""", Regular),
        ["Tasks/function.json"] = ("""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req" }, { "type": "http", "direction": "out", "name": "res" } ] }""", Regular),
    };

    public PackageBuilder With(string name, string content, bool executable = false)
    {
        entries[name] = (content, executable ? Executable : Regular);
        return this;
    }

    public PackageBuilder Without(string name)
    {
        entries.Remove(name);
        return this;
    }

    public ZipArchive Build()
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, (content, mode)) in entries)
            {
                var entry = archive.CreateEntry(name);
                entry.ExternalAttributes = (0b1000 << 28) | (mode << 16);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }
}
