using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// Plans: the list with the upload form, the preview of an upload (reviewed and edited over several requests, carried
/// in the page by <see cref="PlanDrafts"/>), its confirmation, and a plan's page with its tasks in document order.
/// </summary>
public sealed class PlanPages(
    PageEntry entry, PlanImporter importer, PlanStore store, PlanRepository plans, AgencyRepository agencies, TaskQueries queries,
    TrackingReport report, TaskViews views, PlanDrafts drafts, DeadlineParser parser, AgencyDecisions decisions, ILogger<PlanPages> logger)
{
    [Function("WebPlans")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/plans")] HttpRequest request, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page => PlanViews.List(page, await plans.ListAsync(cancellationToken), error: null));

    [Function("WebPreviewPlan")]
    public Task<IResult> PreviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/plans/preview")] HttpRequest request,
        CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var upload = await Upload.ReadAsync(request, null, cancellationToken);
            if (upload.Problem is { } problem)
            {
                var message = problem.ProblemDetails is Microsoft.AspNetCore.Http.HttpValidationProblemDetails v ? string.Join(" ", v.Errors.SelectMany(e => e.Value)) : problem.ProblemDetails.Detail;
                return PlanViews.List(page, await plans.ListAsync(cancellationToken), message, problem.StatusCode);
            }

            try
            {
                using var content = upload.Content!;
                var draft = drafts.Start(await store.PreviewAsync(importer.Import(content, upload.FileName!, cancellationToken), cancellationToken), upload.FileName!);
                return await PreviewAsync(page, draft, null, cancellationToken);
            }
            catch (PlanReadException e)
            {
                logger.LogInformation("Could not read an uploaded plan {FileName}: {Reason}", upload.FileName, e.Message);
                return PlanViews.List(page, await plans.ListAsync(cancellationToken), ApiMessages.Unreadable(e.Message), StatusCodes.Status422UnprocessableEntity);
            }
        });

    /// <summary>Applies the row edits and agency decisions to the draft and shows the preview again (the form's "update" button, or the script).</summary>
    [Function("WebEditPlanDraft")]
    public Task<IResult> EditDraftAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/plans/draft")] HttpRequest request,
        CancellationToken cancellationToken) =>
        WithDraftAsync(request, async (page, draft, form) => await PreviewAsync(page, await EditAsync(draft, form, cancellationToken), null, cancellationToken),
            cancellationToken);

    [Function("WebConfirmPlan")]
    public Task<IResult> ConfirmAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/plans/confirm")] HttpRequest request,
        CancellationToken cancellationToken) =>
        WithDraftAsync(request, async (page, draft, form) =>
        {
            await EditAsync(draft, form, cancellationToken);
            var confirmation = draft.ToConfirmation();
            var errors = new FieldErrors();
            if (confirmation is null)
            {
                errors.Add("draft", WebText.DraftBroken);
            }
            else
            {
                confirmation.Validate(errors);
            }

            if (errors.Any)
            {
                return await PreviewAsync(page, draft, errors.ToDictionary(), cancellationToken, StatusCodes.Status422UnprocessableEntity);
            }

            var confirmed = await store.ConfirmAsync(confirmation!, cancellationToken);
            return Results.Redirect(confirmed.ExistingPlanId is { } existing ? WebPaths.Plan(existing) + "?existing=1" : WebPaths.Plan(confirmed.Plan!.Id) + "?stored=1");
        }, cancellationToken);

    [Function("WebPlan")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/plans/{planId}")] HttpRequest request, string planId,
        CancellationToken cancellationToken) =>
        entry.WithPlanAsync(request, planId, async (page, plan) =>
        {
            var message = request.Query["stored"].Count > 0 ? WebText.PlanStored : request.Query["existing"].Count > 0 ? WebText.AlreadyConfirmed : null;
            var rows = report.List(await queries.TrackedAsync(planId, cancellationToken), views.Today, new TrackingFilter(planId));
            var ordered = rows.OrderBy(r => r.Task.Ref, RefOrder.Instance).ThenBy(r => r.Due).ToList();
            return PlanViews.Plan(page, plan, ordered, message, WebExports.ListLinks(new TaskListQuery(planId, null, null, null, null, null)));
        }, cancellationToken);

    /// <summary>As staff, on the draft the form carries (with the form, to apply its edits); a draft that does not read back is a 400 page.</summary>
    private Task<IResult> WithDraftAsync(
        HttpRequest request, Func<WebPage, PlanDraft, IFormCollection, Task<IResult>> handle, CancellationToken cancellationToken) =>
        entry.AsStaffAsync(request, async page =>
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return drafts.Unprotect(form[PlanDrafts.Field]) is { } draft
                ? await handle(page, draft, form)
                : ErrorView.Page(StatusCodes.Status400BadRequest, WebText.Preview, WebText.DraftBroken, page.User);
        });

    private async Task<IResult> PreviewAsync(
        WebPage page, PlanDraft draft, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var known = draft.NewAgencies.Count > 0 ? await agencies.ListAsync(cancellationToken) : [];
        return PlanViews.Preview(page, draft, drafts.Protect(draft), known, errors, status);
    }

    /// <summary>
    /// Applies the rows' fields and the agency decisions of the submitted page (named by agency, as that page listed
    /// them), then finds the new agencies again over the edited rows: each keeps its decision, a name new since is accepted
    /// until staff decide otherwise, and every one is decided, as the confirmation requires.
    /// </summary>
    private async Task<PlanDraft> EditAsync(PlanDraft draft, IFormCollection form, CancellationToken cancellationToken)
    {
        for (var i = 0; i < draft.Tasks.Count; i++)
        {
            string? Get(string field) => form.TryGetValue($"t{i}.{field}", out var v) ? v.ToString().Trim() : null;
            var lead = Get("lead") is { } l ? TaskForm.Lines(l) : null;
            var cooperating = Get("cooperating") is { } c ? TaskForm.Lines(c) : null;
            draft.Task(i).Apply(Get("title"), lead, cooperating, Get("deadlineText"), text => draft.Read(parser, text, views.Today));
        }

        var submitted = new Dictionary<string, (string Decision, string? RenameTo)>(StringComparer.Ordinal);
        for (var j = 0; form.TryGetValue($"a{j}.name", out var name); j++)
        {
            submitted[name.ToString()] = (form[$"a{j}.decision"].ToString() is { Length: > 0 } d ? d : "accept", form[$"a{j}.renameTo"].ToString());
        }

        var found = await decisions.FindAsync(draft.Names, cancellationToken);
        var chosen = found.Select(a => submitted.TryGetValue(a.Name, out var given) ? (a.Name, given.Decision, given.RenameTo) : Prior(draft, a.Name)).ToList();
        draft.SetNewAgencies(found);
        draft.Decide(chosen);
        return draft;
    }

    private static (string Name, string Decision, string? RenameTo) Prior(PlanDraft draft, string name)
    {
        var (decision, renameTo) = draft.DecisionFor(name);
        return (name, decision, renameTo);
    }
}
