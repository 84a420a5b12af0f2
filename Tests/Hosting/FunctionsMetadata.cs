using System.Text.Json;
using DeadlineBot.Tests.Infra;

namespace DeadlineBot.Tests.Hosting;

/// <summary>The trigger binding of each function, as the Functions SDK wrote it into functions.metadata at build.</summary>
internal static class FunctionsMetadata
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Triggers = new(Read);

    public static string File => Path.Combine(RepositoryPaths.FunctionsOutput, "functions.metadata");

    public static IReadOnlyDictionary<string, JsonElement> All => Triggers.Value;

    public static JsonElement Trigger(string function) =>
        All.TryGetValue(function, out var trigger) ? trigger : throw new AssertFailedException($"functions.metadata has no function {function}.");

    public static string Text(this JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) ? value.GetString() ?? string.Empty : string.Empty;

    private static Dictionary<string, JsonElement> Read()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        return document.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.Text("type").EndsWith("Trigger", StringComparison.Ordinal)).Clone(),
            StringComparer.Ordinal);
    }
}
