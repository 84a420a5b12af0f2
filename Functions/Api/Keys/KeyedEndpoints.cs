using Microsoft.AspNetCore.Authorization;

namespace DeadlineBot.Functions.Api.Keys;

public static class KeyedEndpoints
{
    /// <summary>The route needs an X-Api-Key with <paramref name="role"/> (admin keys pass staff routes); refusals are 401/403 ProblemDetails.</summary>
    public static RouteHandlerBuilder RequireKey(this RouteHandlerBuilder builder, string role)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .RequireAuthorization(role)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>True when the endpoint behind an OpenAPI operation needs a key.</summary>
    public static bool NeedsKey(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
}
