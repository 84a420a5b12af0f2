using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>The service's own routes: a health check, and the OpenAPI document that describes every API function.</summary>
public sealed class ServiceApi
{
    /// <summary>Answers while the app runs.</summary>
    [Function("Health")]
    public IResult Health([HttpTrigger(AuthorizationLevel.Function, "get", Route = "health")] HttpRequest request) =>
        TypedResults.Ok(new { status = "ok" });

    /// <summary>The OpenAPI document (kept in the repository; a test holds it to the functions' routes and methods).</summary>
    [Function("OpenApi")]
    public IResult OpenApi([HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi/v1.json")] HttpRequest request) =>
        TypedResults.Text(OpenApiDocument.Json, "application/json; charset=utf-8");
}
