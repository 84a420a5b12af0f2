using Azure.Storage.Queues.Models;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Reminders;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted twin of the Functions host's admin API: <c>POST /admin/functions/{name}</c> with
/// <c>{"input": "…"}</c> runs a non-HTTP function now (the timer's scan, or the sender with the input as the queue
/// message, first delivery). The host guards its own with the master key; here an admin API key is needed, since a
/// crafted message would otherwise make the app email agencies.
/// </summary>
public static class AdminFunctions
{
    public const string Route = "/admin/functions/{name}";

    public static IEndpointRouteBuilder MapAdminFunctions(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(Route, InvokeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> InvokeAsync(
        string name, HttpRequest request, ApiKeys keys, ScanTimerService timer, TimeProvider time, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        if (string.Equals(name, ReminderScanFunction.Name, StringComparison.OrdinalIgnoreCase))
        {
            await timer.RunOnceAsync(time.GetUtcNow(), null, cancellationToken);
            return TypedResults.Accepted((string?)null);
        }

        if (string.Equals(name, SendReminderFunction.Name, StringComparison.OrdinalIgnoreCase))
        {
            var input = await ReadInputAsync(request, cancellationToken);
            var message = QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString(), "admin", BinaryData.FromString(input ?? string.Empty), 1);
            await ActivatorUtilities.CreateInstance<SendReminderFunction>(request.HttpContext.RequestServices).RunAsync(message, cancellationToken);
            return TypedResults.Accepted((string?)null);
        }

        return Problems.NotFound("name", ApiMessages.UnknownFunction);
    }

    private static async Task<string?> ReadInputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            var body = await request.ReadFromJsonAsync<AdminInvocation>(cancellationToken);
            return body?.Input;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record AdminInvocation(string? Input);
}
