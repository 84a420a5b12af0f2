using DeadlineBot.Core.Plans;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Updates;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>Re-import a confirmed plan from a revised document: see what changed (nothing stored), then apply it.</summary>
public sealed class PlanUpdatesApi(ApiKeys keys, PlanImporter importer, PlanUpdater updater, TaskViews views)
{
    private const string Update = "plans/{planId}/update";

    /// <summary>Read a revised document (same upload forms as the preview) and compare it with the stored plan.</summary>
    [Function("PreviewPlanUpdate")]
    public async Task<IResult> PreviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Update + "/preview")] HttpRequest request, string planId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        var (import, problem) = await UploadedPlan.ReadAsync(request, importer, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await updater.PreviewAsync(planId, import!, cancellationToken) is { } revision
            ? TypedResults.Ok(PlanRevisionView.From(revision))
            : Problems.NotFound("planId", ApiMessages.PlanNotFound);
    }

    /// <summary>Apply a reviewed revision (the update preview's <c>preview</c>, possibly edited); needs If-Match with the plan's ETag.</summary>
    [Function("UpdatePlan")]
    public async Task<IResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Update)] HttpRequest request, string planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (revision, refused) = await keys.ReadAsync<PlanConfirmation>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var ifMatch = IfMatch.Parse(request.Headers.IfMatch);
        if (Problems.Refuse(ifMatch, required: true) is { } badIfMatch)
        {
            return badIfMatch;
        }

        var updated = await updater.ApplyAsync(planId, revision!, ifMatch, cancellationToken);
        if (updated.Unsettled is { } unsettled)
        {
            return Problems.Agencies(unsettled);
        }

        if (updated.OwnerPlanId is { } owner)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "contentHash", ApiMessages.UpdateClaimedElsewhere(owner));
        }

        return updated.Outcome switch
        {
            WriteOutcome.Saved => Saved(request, updated),
            WriteOutcome.NotFound => Problems.NotFound("planId", ApiMessages.PlanNotFound),
            _ => Problems.Stale(),
        };
    }

    private Microsoft.AspNetCore.Http.HttpResults.Ok<PlanDetail> Saved(HttpRequest request, PlanUpdated updated)
    {
        request.HttpContext.Response.Headers.ETag = updated.Plan!.ETag.ToString();
        return TypedResults.Ok(new PlanDetail(PlanView.From(updated.Plan), views.View(updated.Tasks, updated.Plan), updated.NewAgencies));
    }
}
