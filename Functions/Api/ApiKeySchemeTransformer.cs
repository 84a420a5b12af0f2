using DeadlineBot.Functions.Api.Keys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeadlineBot.Functions.Api;

/// <summary>Describes the <c>X-Api-Key</c> header in the OpenAPI document, so clients know how to send their key.</summary>
internal sealed class ApiKeySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "DeadlineBot API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyHandler.Header,
            Description = "Khóa API (staff hoặc admin) — writes, statistics, send failures and the dry run need one.",
        };
        return Task.CompletedTask;
    }
}
