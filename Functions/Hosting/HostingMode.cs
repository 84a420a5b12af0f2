namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Who starts the process: the Azure Functions host (it runs the isolated worker with <c>--functions-uri</c>, or
/// <c>--host</c>/<c>--port</c> on older hosts, and drives the timer, the queue and HTTP), or anyone else, in which case
/// the app hosts the same functions itself (<see cref="SelfHost"/>).
/// </summary>
public static class HostingMode
{
    private const string HostEndpointSetting = "Functions__Worker__HostEndpoint";

    public static bool StartedByFunctionsHost(IReadOnlyList<string> args, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        environment ??= Environment.GetEnvironmentVariable;
        return args.Any(a => a is "--functions-uri" or "--host" || a.StartsWith("--functions-uri=", StringComparison.Ordinal))
            || !string.IsNullOrEmpty(environment(HostEndpointSetting));
    }
}
