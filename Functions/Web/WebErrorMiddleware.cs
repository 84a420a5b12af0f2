using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace DeadlineBot.Functions.Web;

/// <summary>
/// Under the Functions host: an unexpected error in a page of the web app answers with the Vietnamese error page rather
/// than the host's bare 500 (self-hosted, <c>ApiExceptionHandler</c> does the same). Other functions are left alone.
/// </summary>
public sealed class WebErrorMiddleware(ILogger<WebErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && http.Request.Path.StartsWithSegments(WebPaths.Base, StringComparison.Ordinal)
            && !http.Response.HasStarted)
        {
            logger.LogError(e, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            await ErrorView.Unexpected().ExecuteAsync(http);
        }
    }
}
