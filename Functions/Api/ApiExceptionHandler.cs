using System.Text.Json;
using DeadlineBot.Functions.Api.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type in a field, a missing body, a body
/// too large, a body in a charset no encoding has) into a 4xx ProblemDetails that names the field. Anything else is left to the default handler:
/// a 500 ProblemDetails without internals.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is InvalidOperationException && BodyCharset.IsUnknown(httpContext.Request.ContentType))
        {
            httpContext.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            logger.LogInformation("Refused a body in an unknown charset on {Path}", httpContext.Request.Path);
            return await WriteAsync(httpContext, Field(StatusCodes.Status415UnsupportedMediaType, "Content-Type", ApiMessages.UnknownCharset));
        }

        if (exception is not BadHttpRequestException bad)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            if (httpContext.Request.Path.StartsWithSegments(Web.WebPaths.Base, StringComparison.Ordinal))
            {
                // The web app's people get a page in Vietnamese, not JSON.
                await Web.Views.ErrorView.Unexpected().ExecuteAsync(httpContext);
                return true;
            }

            return await WriteAsync(httpContext, new ProblemDetails { Status = 500, Detail = ApiMessages.Unexpected });
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        ProblemDetails problem = bad.InnerException is JsonException json
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(json)] = [ApiMessages.MalformedJson] })
            : bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [ApiMessages.BodyRequired] })
                : new ProblemDetails { Detail = bad.StatusCode == 413 ? ApiMessages.FileTooLarge : bad.Message };
        problem.Status = bad.StatusCode;
        logger.LogInformation("Refused an unreadable request on {Path}: {Reason}", httpContext.Request.Path, bad.Message);
        return await WriteAsync(httpContext, problem);
    }

    private static HttpValidationProblemDetails Field(int status, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Detail = message };

    /// <summary><c>$.tasks[0].title</c> → <c>tasks[0].title</c>; the body itself when the path is unknown.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private ValueTask<bool> WriteAsync(HttpContext context, ProblemDetails problem) =>
        problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
}
