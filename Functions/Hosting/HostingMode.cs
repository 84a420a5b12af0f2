using System.Globalization;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Who drives the timer and the queue: the Azure Functions host (it sets <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and
/// calls <c>POST /ScanTimer</c> and <c>POST /SendReminder</c>), or the app itself (a Cronos timer and a queue
/// listener). <c>DeadlineBot:Reminders:SelfHosted</c> = auto, true or false overrides the guess.
/// </summary>
public sealed record HostingMode(int? CustomHandlerPort, bool SelfHosted)
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static HostingMode From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        int? port = int.TryParse(configuration[PortVariable], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : null;
        var selfHosted = configuration["DeadlineBot:Reminders:SelfHosted"]?.Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => port is null,
        };
        return new HostingMode(port, selfHosted);
    }
}
