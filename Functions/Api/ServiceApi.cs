using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>The service's own routes: a health check, and the OpenAPI document that describes every API function.</summary>
public sealed class ServiceApi(StorageReadiness storage, ILogger<ServiceApi> logger)
{
    /// <summary>Answers "ok" once the app is ready: storage reachable, its tables and queues in place; 503 until then.</summary>
    [Function("Health")]
    public async Task<IResult> HealthAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureAsync(cancellationToken);
            return TypedResults.Ok(new { status = "ok" });
        }
        catch (Exception e) when (StorageReadiness.IsUnreachable(e))
        {
            logger.LogWarning(e, "Not ready: storage cannot be reached or prepared");
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, ApiMessages.NotReady);
        }
    }

    /// <summary>The OpenAPI document (kept in the repository; a test holds it to the functions' routes and methods).</summary>
    [Function("OpenApi")]
    public IResult OpenApi([HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi/v1.json")] HttpRequest request) =>
        TypedResults.Text(OpenApiDocument.Json, "application/json; charset=utf-8");
}
