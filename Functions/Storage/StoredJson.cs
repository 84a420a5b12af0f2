using System.Text.Json;
using System.Text.Json.Serialization;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Functions.Storage;

/// <summary>Lists and schedules kept as JSON text in one table property (enums by name, dates as ISO).</summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string WriteNames(IReadOnlyList<string> names) => JsonSerializer.Serialize(names, Options);

    public static IReadOnlyList<string> ReadNames(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];

    public static string WriteSchedules(IReadOnlyList<Schedule> schedules) => JsonSerializer.Serialize(schedules, Options);

    public static IReadOnlyList<Schedule> ReadSchedules(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Schedule[]>(json, Options) ?? [];

    public static string? WriteReports(IReadOnlyList<CompletionReport> reports) =>
        reports.Count == 0 ? null : JsonSerializer.Serialize(reports, Options);

    public static IReadOnlyList<CompletionReport> ReadReports(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<CompletionReport[]>(json, Options) ?? [];
}
