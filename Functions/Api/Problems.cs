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

    /// <summary>400 for staff's decisions on new agencies: the decision that cannot be done, else the names left undecided.</summary>
    public static ProblemHttpResult Agencies(AgencyResolution unsettled)
    {
        ArgumentNullException.ThrowIfNull(unsettled);
        return unsettled.ProblemField is { } field
            ? BadRequest(field, ApiMessages.AgencyNotFound)
            : BadRequest("agencies", ApiMessages.AgenciesUndecided(unsettled.Undecided));
    }

    public static ProblemHttpResult Stale() => Field(StatusCodes.Status412PreconditionFailed, "If-Match", ApiMessages.Stale);

    public static ProblemHttpResult IfMatchNeeded() => Field(StatusCodes.Status428PreconditionRequired, "If-Match", ApiMessages.IfMatchNeeded);

    public static ProblemHttpResult IfMatchMalformed() => Field(StatusCodes.Status400BadRequest, "If-Match", ApiMessages.IfMatchMalformed);

    /// <summary>
    /// The answer to a write whose If-Match cannot be used: 400 when it is malformed, 428 when <paramref name="required"/>
    /// and absent; null when the write may go ahead (a well-formed but stale version is the store's 412 to give).
    /// </summary>
    public static ProblemHttpResult? Refuse(IfMatch ifMatch, bool required) => ifMatch.Kind switch
    {
        IfMatchKind.Malformed => IfMatchMalformed(),
        IfMatchKind.Absent when required => IfMatchNeeded(),
        _ => null,
    };
}
