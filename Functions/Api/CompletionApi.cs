using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Completion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The signed link in reminder emails. GET only shows the task and a button (mail scanners open links, so a GET
/// must change nothing); POST records it done. Anonymous: the HMAC signature is the credential.
/// </summary>
public static class CompletionApi
{
    public static IEndpointRouteBuilder MapCompletion(this IEndpointRouteBuilder app)
    {
        app.MapGet(CompletionLinks.Route, ShowAsync).AllowAnonymous().WithTags("Completion")
            .WithSummary("The page a completion link opens: the task and a button to report it done.");
        app.MapPost(CompletionLinks.Route, CompleteAsync).AllowAnonymous().WithTags("Completion")
            .WithSummary("Report the task done through a signed link.");
        return app;
    }

    private static async Task<Results<HtmlPageResult, ProblemHttpResult>> ShowAsync(
        string agencyId, string planId, string taskId, string? expires, string? sig, HttpRequest request,
        CompletionLinks links, TaskCompletion completion, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Check(links, agencyId, planId, taskId, expires, sig, time) is { } refused)
        {
            return refused;
        }

        var found = await completion.FindAsync(planId, taskId, Agency(agencyId), cancellationToken);
        if (found.Problem is { } problem)
        {
            return problem;
        }

        return Html(CompletionPage.Ask(found.Plan!, found.Task!, request.Path + request.QueryString));
    }

    private static async Task<Results<HtmlPageResult, ProblemHttpResult>> CompleteAsync(
        string agencyId, string planId, string taskId, string? expires, string? sig,
        CompletionLinks links, TaskCompletion completion, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Check(links, agencyId, planId, taskId, expires, sig, time) is { } refused)
        {
            return refused;
        }

        var outcome = await completion.CompleteAsync(planId, taskId, null, "agency:" + agencyId, null, cancellationToken, Agency(agencyId));
        if (outcome.Problem is { } problem)
        {
            return problem;
        }

        return Html(CompletionPage.Done(outcome.Plan!, outcome.Task!, outcome.AlreadyDone));
    }

    private static ProblemHttpResult? Check(
        CompletionLinks links, string agencyId, string planId, string taskId, string? expires, string? sig, TimeProvider time) =>
        links.Check(agencyId, planId, taskId, expires, sig, VietnamTime.Today(time)) switch
        {
            LinkCheck.Valid when AgencyId.TryParse(agencyId, out _) => null,
            LinkCheck.Expired => Problems.Field(StatusCodes.Status410Gone, "expires", ApiMessages.LinkExpired),
            _ => Problems.Field(StatusCodes.Status403Forbidden, "sig", ApiMessages.LinkTampered),
        };

    private static AgencyId Agency(string agencyId) => AgencyId.TryParse(agencyId, out var id) ? id : default;

    private static HtmlPageResult Html(string page) => new(page);
}
