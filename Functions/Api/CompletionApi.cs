using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Completion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The signed link in reminder emails. GET only shows the task (or the occurrence the link names) and a button (mail
/// scanners open links, so a GET must change nothing); POST records it done. Anonymous: the HMAC signature is the
/// credential. A browser is refused with a small Vietnamese page, an API client with ProblemDetails.
/// </summary>
public static class CompletionApi
{
    public static IEndpointRouteBuilder MapCompletion(this IEndpointRouteBuilder app)
    {
        app.MapGet(CompletionLinks.Route, ShowAsync).AllowAnonymous().WithTags("Completion")
            .WithSummary("The page a completion link opens: the task and a button to report it done.");
        app.MapPost(CompletionLinks.Route, CompleteAsync).AllowAnonymous().WithTags("Completion")
            .WithSummary("Report the task (or the occurrence the link names) done through a signed link.");
        return app;
    }

    private static async Task<IResult> ShowAsync(
        string agencyId, string planId, string taskId, string? occurrence, string? expires, string? sig, HttpRequest request,
        CompletionLinks links, TaskCompletion completion, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Check(links, agencyId, planId, taskId, occurrence, expires, sig, time) is { } refused)
        {
            return CompletionProblems.For(request, refused);
        }

        var found = await completion.FindAsync(planId, taskId, occurrence, Agency(agencyId), cancellationToken);
        return found.Refusal is { } refusal
            ? CompletionProblems.For(request, refusal)
            : Html(CompletionPage.Ask(found, request.Path + request.QueryString));
    }

    private static async Task<IResult> CompleteAsync(
        string agencyId, string planId, string taskId, string? occurrence, string? expires, string? sig, HttpRequest request,
        CompletionLinks links, TaskCompletion completion, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Check(links, agencyId, planId, taskId, occurrence, expires, sig, time) is { } refused)
        {
            return CompletionProblems.For(request, refused);
        }

        var note = request.HasFormContentType
            ? FieldErrors.Clean((await request.ReadFormAsync(cancellationToken))[CompletionPage.NoteField].ToString())
            : null;
        var outcome = await completion.CompleteAsync(
            planId, taskId, occurrence, null, "agency:" + agencyId, note, cancellationToken, Agency(agencyId));
        return outcome.Refusal is { } refusal ? CompletionProblems.For(request, refusal) : Html(CompletionPage.Done(outcome));
    }

    private static CompletionRefusal? Check(
        CompletionLinks links, string agencyId, string planId, string taskId, string? occurrence, string? expires, string? sig, TimeProvider time) =>
        links.Check(agencyId, planId, taskId, occurrence, expires, sig, VietnamTime.Today(time)) switch
        {
            LinkCheck.Valid when AgencyId.TryParse(agencyId, out _) => null,
            LinkCheck.Expired => CompletionRefusal.LinkExpired,
            _ => CompletionRefusal.LinkTampered,
        };

    private static AgencyId Agency(string agencyId) => AgencyId.TryParse(agencyId, out var id) ? id : default;

    private static ContentHttpResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");
}
