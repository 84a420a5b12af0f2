using System.Text.Json.Serialization;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// The custom handler's answer to the Functions host, with the host's own property names: no output bindings,
/// log lines, no return value.
/// </summary>
public sealed record InvocationReply(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationReply WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
