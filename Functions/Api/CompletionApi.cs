using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Completion;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// The signed link in reminder emails. GET only shows the task (or the occurrence the link names) and a button (mail
/// scanners open links, so a GET must change nothing); POST records it done. Anonymous: the HMAC signature is the
/// credential. A browser is refused with a small Vietnamese page, an API client with ProblemDetails.
/// </summary>
public sealed class CompletionApi(CompletionLinks links, TaskCompletion completion, TimeProvider time)
{
    /// <summary>The page a completion link opens: the task and a button to report it done.</summary>
    [Function("ShowCompletion")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = CompletionLinks.Route)] HttpRequest request,
        string agencyId, string planId, string taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? occurrence = request.Query["occurrence"];
        if (Check(request, agencyId, planId, taskId, occurrence) is { } refused)
        {
            return CompletionProblems.For(request, refused);
        }

        var found = await completion.FindAsync(planId, taskId, occurrence, Agency(agencyId), cancellationToken);
        return found.Refusal is { } refusal
            ? CompletionProblems.For(request, refusal)
            : Html(CompletionPage.Ask(found, request.Path + request.QueryString));
    }

    /// <summary>Report the task (or the occurrence the link names) done through a signed link.</summary>
    [Function("Complete")]
    public async Task<IResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CompletionLinks.Route)] HttpRequest request,
        string agencyId, string planId, string taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? occurrence = request.Query["occurrence"];
        if (Check(request, agencyId, planId, taskId, occurrence) is { } refused)
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

    /// <summary>Null when the link's signature holds and it has not expired; else why not.</summary>
    private CompletionRefusal? Check(HttpRequest request, string agencyId, string planId, string taskId, string? occurrence) =>
        links.Check(agencyId, planId, taskId, occurrence, request.Query["expires"], request.Query["sig"], VietnamTime.Today(time)) switch
        {
            LinkCheck.Valid when AgencyId.TryParse(agencyId, out _) => null,
            LinkCheck.Expired => CompletionRefusal.LinkExpired,
            _ => CompletionRefusal.LinkTampered,
        };

    private static AgencyId Agency(string agencyId) => AgencyId.TryParse(agencyId, out var id) ? id : default;

    private static HtmlPageResult Html(string page) => new(page);
}
