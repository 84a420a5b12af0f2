namespace DeadlineBot.Functions.Hosting;

/// <summary>The custom handler's answer to the Functions host: no output bindings, log lines, no return value.</summary>
public sealed record InvocationReply(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationReply WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
