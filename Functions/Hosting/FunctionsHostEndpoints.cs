using System.Globalization;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Reminders;

namespace DeadlineBot.Functions.Hosting;

/// <summary>
/// The two functions the Functions host invokes: <c>POST /ScanTimer</c> (timerTrigger) and <c>POST /SendReminder</c>
/// (queueTrigger). Each calls one service and maps its result: 200 with an <see cref="InvocationReply"/> when done,
/// 500 when the message should be retried (the host makes it visible again and counts the delivery).
/// </summary>
public static class FunctionsHostEndpoints
{
    public const string QueueBinding = "message";

    /// <summary>
    /// Under the Functions host these listen on 127.0.0.1 only and the host alone calls them. Self-hosted, the app
    /// is reachable by anyone who can reach its port, so a caller needs an admin API key (a crafted queue message
    /// would otherwise make the app email agencies).
    /// </summary>
    public static IEndpointRouteBuilder MapFunctionsHostEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hostedByFunctions = app.ServiceProvider.GetRequiredService<HostingMode>().CustomHandlerPort is not null;
        foreach (var endpoint in new[] { app.MapPost("/ScanTimer", ScanAsync), app.MapPost("/SendReminder", SendAsync) })
        {
            endpoint.ExcludeFromDescription();
            if (!hostedByFunctions)
            {
                endpoint.RequireKey(ApiRoles.Admin);
            }
        }

        return app;
    }

    private static async Task<IResult> ScanAsync(HttpRequest request, ReminderScanService scans, CancellationToken cancellationToken)
    {
        await FunctionsInvocation.ReadAsync(request.Body, cancellationToken);
        var result = await scans.ScanAsync(null, cancellationToken);
        return TypedResults.Ok(InvocationReply.WithLogs(string.Create(
            CultureInfo.InvariantCulture,
            $"Scan for {result.Date:yyyy-MM-dd}: {result.Tasks} open tasks, {result.Planned} reminders, {result.Queued.Count} digests queued")));
    }

    private static async Task<IResult> SendAsync(HttpRequest request, ReminderSendService sender, CancellationToken cancellationToken)
    {
        var invocation = await FunctionsInvocation.ReadAsync(request.Body, cancellationToken);
        var dequeueCount = invocation.Number("DequeueCount") ?? 1;
        var outcome = await sender.HandleAsync(invocation.Text(QueueBinding), dequeueCount, cancellationToken);
        var reply = InvocationReply.WithLogs(string.Create(CultureInfo.InvariantCulture, $"Reminder message delivery {dequeueCount}: {outcome}"));
        return outcome == SendOutcome.Retry
            ? TypedResults.Json(reply, statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.Ok(reply);
    }
}
