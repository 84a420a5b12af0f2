using System.IO.Compression;
using System.Text;

namespace DeadlineBot.Tests.Packaging;

/// <summary>Builds a package in memory: a well-formed isolated worker app, then changed one piece at a time.</summary>
internal sealed class PackageBuilder
{
    public const string HostJson = """{ "version": "2.0", "extensions": { "queues": { "maxDequeueCount": 5 } } }""";

    private const int Executable = 0b111_101_101;
    private const int Regular = 0b110_100_100;

    private readonly SortedDictionary<string, (string Content, int Mode)> entries = new(StringComparer.Ordinal)
    {
        ["host.json"] = (HostJson, Regular),
        ["worker.config.json"] = ("""{ "description": { "language": "dotnet-isolated", "defaultExecutablePath": "dotnet", "defaultWorkerPath": "DeadlineBot.Functions.dll" } }""", Regular),
        ["DeadlineBot.Functions"] = ("\u007fELF", Executable),
        ["DeadlineBot.Functions.dll"] = ("MZ", Regular),
        ["appsettings.json"] = ("""{ "DeadlineBot": { "Smtp": { "Password": "" }, "Storage": { "ConnectionString": "UseDevelopmentStorage=true" } } }""", Regular),
        ["functions.metadata"] = ("""
            [
              { "name": "ScanTimer", "bindings": [ { "name": "timer", "direction": "In", "type": "timerTrigger", "schedule": "%DeadlineBot__Reminders__Schedule%" } ] },
              { "name": "SendReminder", "bindings": [ { "name": "message", "direction": "In", "type": "queueTrigger", "queueName": "%DeadlineBot__Storage__ReminderQueue%" } ] },
              { "name": "ListTasks", "bindings": [ { "name": "request", "direction": "In", "type": "httpTrigger" }, { "name": "$return", "direction": "Out", "type": "http" } ] }
            ]
            """, Regular),
        ["extensions.json"] = ("""{ "extensions": [ { "name": "AzureStorageQueues", "typeName": "x", "hintPath": "./.azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll" } ] }""", Regular),
        [".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll"] = ("MZ", Regular),
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
