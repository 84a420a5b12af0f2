using DeadlineBot.Functions.Completion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>How the HTTP API answers a <see cref="CompletionRefusal"/>: its status code, and ProblemDetails naming the field.</summary>
public static class CompletionProblems
{
    public static int StatusOf(CompletionRefusal refusal) => refusal switch
    {
        CompletionRefusal.LinkExpired => StatusCodes.Status410Gone,
        CompletionRefusal.LinkTampered or CompletionRefusal.NotYours => StatusCodes.Status403Forbidden,
        CompletionRefusal.Stale => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status404NotFound,
    };

    public static ProblemHttpResult Of(CompletionRefusal refusal) => refusal switch
    {
        CompletionRefusal.PlanNotFound => Problems.NotFound("planId", ApiMessages.PlanNotFound),
        CompletionRefusal.TaskNotFound => Problems.NotFound("taskId", ApiMessages.TaskNotFound),
        CompletionRefusal.OccurrenceNotFound => Problems.NotFound("occurrence", ApiMessages.OccurrenceNotFound),
        CompletionRefusal.NotYours => Problems.Field(StatusOf(refusal), "agencyId", ApiMessages.LinkNotYours),
        CompletionRefusal.LinkExpired => Problems.Field(StatusOf(refusal), "expires", ApiMessages.LinkExpired),
        CompletionRefusal.LinkTampered => Problems.Field(StatusOf(refusal), "sig", ApiMessages.LinkTampered),
        _ => Problems.Stale(),
    };

    /// <summary>
    /// A browser (it asks for text/html) gets the small Vietnamese page; an API client gets ProblemDetails.
    /// </summary>
    public static IResult For(HttpRequest request, CompletionRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WantsHtml(request)
            ? TypedResults.Content(CompletionPage.Refused(refusal), "text/html; charset=utf-8", statusCode: StatusOf(refusal))
            : Of(refusal);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
