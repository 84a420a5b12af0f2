using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Completion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The signed link in reminder emails. GET only shows the task and a button (mail scanners open links, so a GET
/// must change nothing); POST records it done. Anonymous: the HMAC signature is the credential.
/// </summary>
public sealed class CompletionApi(CompletionLinks links, TaskCompletion completion, TimeProvider time)
{
    /// <summary>The page a completion link opens: the task and a button to report it done.</summary>
    [Function("ShowCompletion")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = CompletionLinks.Route)] HttpRequest request,
        string agencyId, string planId, string taskId, CancellationToken cancellationToken)
    {
        if (Check(request, agencyId, planId, taskId) is { } refused)
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

    /// <summary>Report the task done through a signed link.</summary>
    [Function("Complete")]
    public async Task<IResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CompletionLinks.Route)] HttpRequest request,
        string agencyId, string planId, string taskId, CancellationToken cancellationToken)
    {
        if (Check(request, agencyId, planId, taskId) is { } refused)
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

    /// <summary>Null when the link's signature holds and it has not expired; else why not.</summary>
    private ProblemHttpResult? Check(HttpRequest request, string agencyId, string planId, string taskId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return links.Check(agencyId, planId, taskId, request.Query["expires"], request.Query["sig"], VietnamTime.Today(time)) switch
        {
            LinkCheck.Valid when AgencyId.TryParse(agencyId, out _) => null,
            LinkCheck.Expired => Problems.Field(StatusCodes.Status410Gone, "expires", ApiMessages.LinkExpired),
            _ => Problems.Field(StatusCodes.Status403Forbidden, "sig", ApiMessages.LinkTampered),
        };
    }

    private static AgencyId Agency(string agencyId) => AgencyId.TryParse(agencyId, out var id) ? id : default;

    private static HtmlPageResult Html(string page) => new(page);
}
