using System.Text.Json.Serialization;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Completion;
using DeadlineBot.Functions.Reminders;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeadlineBot.Functions;

/// <summary>
/// The HTTP API. Two layers guard it, and they combine rather than replace each other:
/// <list type="bullet">
/// <item>In Azure, every HTTP function.json says <c>authLevel: function</c>, so the Functions host refuses any call
/// without a function (or host) key before it reaches this app; only the completion link's function is
/// <c>anonymous</c>, because agencies open it from an email and its HMAC signature is its key.</item>
/// <item>In this app, whether hosted by Functions or self-hosted, writes and admin reads need <c>X-Api-Key</c>
/// matching an entry of <c>DeadlineBot:Api:Keys</c>; the key's role (staff or admin) decides what it may do.
/// So in Azure a caller needs both the function key (to pass the host) and an API key (to write).</item>
/// </list>
/// </summary>
public static class ApiSetup
{
    /// <summary>Registers API-key auth, ProblemDetails, validation and OpenAPI.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<ApiKeySchemeTransformer>();
            o.AddOperationTransformer<ApiKeySchemeTransformer>();
        });

        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CompletionLinkOptions>().BindConfiguration(CompletionLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(ApiKeyHandler.SchemeName).AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiRoles.Staff, p => p.RequireRole(ApiRoles.Staff, ApiRoles.Admin))
            .AddPolicy(ApiRoles.Admin, p => p.RequireRole(ApiRoles.Admin));

        services.AddSingleton(TrackingReport.Default);
        services.AddSingleton<CompletionLinks>();
        services.Replace(ServiceDescriptor.Singleton<IReportLinks>(sp => sp.GetRequiredService<CompletionLinks>()));
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<TaskBuilder>();
        services.AddSingleton<TaskQueries>();
        services.AddSingleton<TaskViews>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<DryRun>();
        return builder;
    }

    /// <summary>Maps the HTTP API under /api (the Functions host forwards HTTP triggers here unchanged).</summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health");
        app.MapPlans();
        app.MapTasks();
        app.MapAgencies();
        app.MapCompletion();
        app.MapReports();
        app.MapDryRun();
        return app;
    }
}
