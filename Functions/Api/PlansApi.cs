using DeadlineBot.Core.Plans;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Api;

/// <summary>Plans: preview an upload (nothing stored), confirm the reviewed preview, list, read, delete.</summary>
public sealed class PlansApi(ApiKeys keys, PlanImporter importer, PlanStore store, PlanRepository plans, TaskRepository tasks, TaskViews views)
{
    private const string Plans = "plans";
    private const string Plan = "plans/{planId}";

    /// <summary>Read an uploaded plan (multipart 'file', or the raw body with ?fileName=) into tasks to review; stores nothing.</summary>
    [Function("PreviewPlan")]
    public async Task<IResult> PreviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Plans + "/preview")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        var (import, problem) = await UploadedPlan.ReadAsync(request, importer, cancellationToken);
        return problem ?? TypedResults.Ok(await store.PreviewAsync(import!, cancellationToken));
    }

    /// <summary>Store a reviewed preview: the plan, its tasks and the new agencies (all that read as a body, or those staff accepted).</summary>
    [Function("ConfirmPlan")]
    public async Task<IResult> ConfirmAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Plans)] HttpRequest request, CancellationToken cancellationToken)
    {
        var (confirmation, refused) = await keys.ReadAsync<PlanConfirmation>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var confirmed = await store.ConfirmAsync(confirmation!, cancellationToken);
        var (plan, stored, newAgencies, existing) = confirmed;
        if (confirmed.Unsettled is { } unsettled)
        {
            return Problems.Agencies(unsettled);
        }

        if (existing is not null || plan is null)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "contentHash", ApiMessages.AlreadyConfirmed(existing ?? string.Empty));
        }

        return TypedResults.Created($"/api/plans/{plan.Id}", new PlanDetail(PlanView.From(plan), views.View(stored, plan), newAgencies));
    }

    /// <summary>All plans.</summary>
    [Function("ListPlans")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Plans)] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok((await plans.ListAsync(cancellationToken)).Select(PlanView.From).ToArray());

    /// <summary>One plan with its tasks and where each stands.</summary>
    [Function("GetPlan")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Plan)] HttpRequest request, string planId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        var list = await tasks.ListByPlanAsync(planId, cancellationToken);
        return TypedResults.Ok(new PlanDetail(PlanView.From(plan), views.View(list, plan), []));
    }

    /// <summary>Delete a plan and its tasks.</summary>
    [Function("DeletePlan")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Plan)] HttpRequest request, string planId, CancellationToken cancellationToken)
    {
        if (keys.Refuse(request, ApiRoles.Staff) is { } refused)
        {
            return refused;
        }

        return await store.DeleteAsync(planId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("planId", ApiMessages.PlanNotFound);
    }

    /// <summary>Move the day tracking begins: recurring tasks' occurrences due before it are not reminded.</summary>
    [Function("SetPlanTrackingFrom")]
    public async Task<IResult> TrackingFromAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Plan + "/tracking-from")] HttpRequest request, string planId,
        CancellationToken cancellationToken)
    {
        var (input, refused) = await keys.ReadAsync<TrackingFromInput>(request, ApiRoles.Staff, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (plan, outcome) = await store.SetTrackingFromAsync(planId, input!.TrackingFrom!.Value, cancellationToken);
        return outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(PlanView.From(plan!)),
            WriteOutcome.NotFound => Problems.NotFound("planId", ApiMessages.PlanNotFound),
            _ => Problems.Stale(),
        };
    }
}
