using Azure.Storage.Queues.Models;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// Self-hosted twin of the Functions host's admin API: <c>POST /admin/functions/{name}</c> with
/// <c>{"input": "…"}</c> runs any non-HTTP function of <see cref="FunctionCatalog"/> now (a timer, or the sender with
/// the input as the queue message, first delivery). The host guards its own with the master key; here an admin API key is needed, since a
/// crafted message would otherwise make the app email agencies.
/// </summary>
public static class AdminFunctions
{
    public const string Route = "/admin/functions/{name}";

    public static IEndpointRouteBuilder MapAdminFunctions(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A plain RequestDelegate, like the functions' routes: no request delegate to generate on the first request.
        app.MapPost(Route, async context =>
        {
            var services = context.RequestServices;
            var result = await InvokeAsync(
                context.Request.RouteValues["name"]?.ToString() ?? string.Empty,
                context.Request,
                services.GetRequiredService<ApiKeys>(),
                services.GetRequiredService<TimeProvider>(),
                context.RequestAborted);
            await result.ExecuteAsync(context);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> InvokeAsync(
        string name, HttpRequest request, ApiKeys keys, TimeProvider time, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Admin) is { } refused)
        {
            return refused;
        }

        var function = FunctionCatalog.All.FirstOrDefault(f => f.Http is null && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (function is null)
        {
            return Problems.NotFound("name", ApiMessages.UnknownFunction);
        }

        // The trigger's input as the host gives it for an admin invocation: a timer that is not past due, or the
        // input as the queue message on its first delivery.
        object trigger = function.Timer is not null
            ? new TimerInfo { ScheduleStatus = new ScheduleStatus { Last = time.GetUtcNow().UtcDateTime, LastUpdated = time.GetUtcNow().UtcDateTime } }
            : QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString(), "admin", BinaryData.FromString(await ReadInputAsync(request, cancellationToken) ?? string.Empty), 1);
        var instance = ActivatorUtilities.CreateInstance(request.HttpContext.RequestServices, function.Class);
        await (Task)function.Method.Invoke(instance, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [trigger, cancellationToken], null)!;
        return TypedResults.Accepted((string?)null);
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
