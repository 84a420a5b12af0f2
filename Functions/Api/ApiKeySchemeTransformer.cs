using DeadlineBot.Functions.Api.Keys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DeadlineBot.Functions.Api;

/// <summary>Describes the <c>X-Api-Key</c> header in the OpenAPI document, so clients know how to send their key.</summary>
internal sealed class ApiKeySchemeTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>Marks each operation that needs a key with the ApiKey security requirement.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (KeyedEndpoints.NeedsKey(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyHandler.SchemeName, context.Document)] = [],
            });
        }

        return Task.CompletedTask;
    }

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
