using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace DeadlineBot.Functions.Hosting;

/// <summary>One <c>[Function]</c> method of the app: its name, class, method and trigger attribute.</summary>
public sealed record FunctionEntry(string Name, Type Class, MethodInfo Method, TriggerBindingAttribute Trigger)
{
    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;

    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;

    public QueueTriggerAttribute? Queue => Trigger as QueueTriggerAttribute;

    /// <summary>The HTTP path the Functions host serves: <c>/{routePrefix}/{route}</c> (the function's name when it has no route).</summary>
    public string Path(string routePrefix) =>
        "/" + string.Join('/', new[] { routePrefix.Trim('/'), (Http?.Route ?? Name).Trim('/') }.Where(s => s.Length > 0));

    /// <summary>The HTTP methods, upper case.</summary>
    public IReadOnlyList<string> Methods => [.. (Http?.Methods ?? []).Select(m => m.ToUpperInvariant())];
}
