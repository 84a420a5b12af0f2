using DeadlineBot.Core.Plans;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeadlineBot.Functions.Api;

/// <summary>Plans: preview an upload (nothing stored), confirm the reviewed preview, list, read, delete.</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Plans");
        plans.MapPost("/preview", PreviewAsync)
            .RequireKey(ApiRoles.Staff)
            .Accepts<IFormFile>("multipart/form-data", "application/octet-stream", "text/plain")
            .WithSummary("Read an uploaded plan (multipart 'file', or the raw body with ?fileName=) into tasks to review; stores nothing.");
        plans.MapPost("/", ConfirmAsync).Validated<PlanConfirmation>().RequireKey(ApiRoles.Staff)
            .WithSummary("Store a reviewed preview: the plan, its tasks and the agencies not yet in the directory.");
        plans.MapGet("/", ListAsync).WithSummary("All plans.");
        plans.MapGet("/{planId}", GetAsync).WithSummary("One plan with its tasks and where each stands.");
        plans.MapDelete("/{planId}", DeleteAsync).RequireKey(ApiRoles.Staff).WithSummary("Delete a plan and its tasks.");
        return app;
    }

    private static async Task<Results<Ok<PlanImport>, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, string? fileName, PlanImporter importer, CancellationToken cancellationToken)
    {
        var upload = await Upload.ReadAsync(request, fileName, cancellationToken);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        try
        {
            using var content = upload.Content!;
            return TypedResults.Ok(importer.Import(content, upload.FileName!, cancellationToken));
        }
        catch (PlanReadException e)
        {
            var status = e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return Problems.Field(status, "file", ApiMessages.Unreadable(e.Message));
        }
    }

    private static async Task<Results<Created<PlanDetail>, ProblemHttpResult>> ConfirmAsync(
        PlanConfirmation confirmation, PlanStore store, TaskViews views, CancellationToken cancellationToken)
    {
        var (plan, tasks, newAgencies, existing) = await store.ConfirmAsync(confirmation, cancellationToken);
        if (existing is not null || plan is null)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "contentHash", ApiMessages.AlreadyConfirmed(existing ?? string.Empty));
        }

        return TypedResults.Created($"/api/plans/{plan.Id}", new PlanDetail(PlanView.From(plan), views.View(tasks, plan), newAgencies));
    }

    private static async Task<Ok<PlanView[]>> ListAsync(PlanRepository plans, CancellationToken cancellationToken) =>
        TypedResults.Ok((await plans.ListAsync(cancellationToken)).Select(PlanView.From).ToArray());

    private static async Task<Results<Ok<PlanDetail>, ProblemHttpResult>> GetAsync(
        string planId, PlanRepository plans, TaskRepository tasks, TaskViews views, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return Problems.NotFound("planId", ApiMessages.PlanNotFound);
        }

        var list = await tasks.ListByPlanAsync(planId, cancellationToken);
        return TypedResults.Ok(new PlanDetail(PlanView.From(plan), views.View(list, plan), []));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string planId, PlanStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(planId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("planId", ApiMessages.PlanNotFound);
}
