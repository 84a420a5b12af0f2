using Azure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DeadlineBot.Functions.Api;

/// <summary>The API's 4xx answers: ProblemDetails whose <c>errors</c> name the field (or header, or route value) at fault.</summary>
public static class Problems
{
    public static ProblemHttpResult Field(int status, string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Detail = message,
        });

    /// <summary>A refusal about the request as a whole (no field to name): 401, 403, 415.</summary>
    public static ProblemHttpResult Status(int status, string message) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Detail = message });

    public static ProblemHttpResult NotFound(string field, string message) => Field(StatusCodes.Status404NotFound, field, message);

    public static ProblemHttpResult BadRequest(string field, string message) => Field(StatusCodes.Status400BadRequest, field, message);

    public static ProblemHttpResult Stale() => Field(StatusCodes.Status412PreconditionFailed, "If-Match", ApiMessages.Stale);

    public static ProblemHttpResult IfMatchNeeded() => Field(StatusCodes.Status428PreconditionRequired, "If-Match", ApiMessages.IfMatchNeeded);

    /// <summary>
    /// The version a write must match: the one in If-Match, or the version just read when the header is absent or
    /// <c>*</c> (which asks only that the resource exist, and it was just read).
    /// </summary>
    public static ETag Expected(ETag? ifMatch, ETag current) => ifMatch is { } given && given != ETag.All ? given : current;

    /// <summary>The ETag in If-Match, when there is one.</summary>
    public static ETag? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim() == "*" ? ETag.All : new ETag(value.Trim());
    }
}
