using DeadlineBot.Functions.Hosting;

namespace DeadlineBot.Functions.Web;

/// <summary>
/// Where the web app lives: <c>/{routePrefix}/app</c>, the Functions host's route prefix of host.json (<c>api</c>) and
/// <c>app</c>; so <c>/api/app/</c> under the Functions host and self-hosted alike (the self-host also redirects
/// <c>/app/</c> there). Page functions declare routes under <see cref="Route"/>; links are built from <see cref="Base"/>.
/// </summary>
public static class WebPaths
{
    /// <summary>The route every page function's route begins with.</summary>
    public const string Route = "app";

    public static string Base { get; } = BaseFor(HostJson.Current.RoutePrefix);

    public static string BaseFor(string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(routePrefix);
        var prefix = routePrefix.Trim('/');
        return prefix.Length == 0 ? "/" + Route : "/" + prefix + "/" + Route;
    }

    /// <summary>An app path: <c>To("tasks")</c> is <c>/api/app/tasks</c>.</summary>
    public static string To(string path) => Base + "/" + path.TrimStart('/');

    public static string Home => Base + "/";

    public static string SignIn => To("sign-in");

    public static string Asset(string name) => To("assets/" + name);

    public static string Plan(string planId) => To("plans/" + Uri.EscapeDataString(planId));

    public static string Task(string planId, string taskId) => To($"tasks/{Uri.EscapeDataString(planId)}/{Uri.EscapeDataString(taskId)}");

    public static string Agency(string agencyId) => To("agencies/" + Uri.EscapeDataString(agencyId));
}
