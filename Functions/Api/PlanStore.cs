using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;
using Azure;

namespace DeadlineBot.Functions.Api;

/// <summary>
/// Stores a reviewed plan as a whole: the plan, its tasks and the agencies the directory did not know yet. A document
/// is confirmed once: its content hash is claimed first, and a second confirmation gets the existing plan's id. When a
/// write fails part way, what was written is removed again, so a refused or failed confirmation leaves nothing.
/// </summary>
public sealed class PlanStore(
    PlanRepository plans,
    TaskRepository tasks,
    AgencyRepository agencies,
    TaskBuilder factory,
    TimeProvider time,
    ILogger<PlanStore> logger)
{
    public async Task<PlanConfirmed> ConfirmAsync(PlanConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var header = confirmation.Plan!;
        var today = VietnamTime.Today(time);
        var plan = new StoredPlan(
            StoredPlan.NewId(),
            FieldErrors.Clean(header.Number),
            FieldErrors.Clean(header.Issuer),
            FieldErrors.Clean(header.Place),
            header.Date,
            FieldErrors.Clean(header.Title),
            FieldErrors.Clean(header.FileName),
            time.GetUtcNow(),
            header.YearlyDueMonth,
            header.YearlyDueDay,
            header.TrackingFrom ?? today,
            confirmation.ContentHash);
        if (plan.ContentHash is { } hash && await ClaimAsync(hash, plan.Id, cancellationToken) is { } existing)
        {
            return PlanConfirmed.AlreadyConfirmed(existing);
        }

        var stored = confirmation.Tasks!
            .Select((input, i) => factory.Build(input, plan.Id, StoredTask.NewId(), header.Date, today, i))
            .ToList();

        try
        {
            var added = await plans.AddAsync(plan, cancellationToken);
            plan = plan with { ETag = added.ETag };
            await tasks.AddManyAsync(stored, cancellationToken);
        }
        catch (RequestFailedException)
        {
            await RemoveAsync(plan, CancellationToken.None);
            throw;
        }

        var newAgencies = await AddUnknownAgenciesAsync(stored.SelectMany(TaskBuilder.NamesIn), cancellationToken);
        logger.LogInformation("Stored plan {PlanId} with {Count} tasks and {NewAgencies} new agencies", plan.Id, stored.Count, newAgencies.Count);
        return new PlanConfirmed(plan, await tasks.ListByPlanAsync(plan.Id, cancellationToken), newAgencies, null);
    }

    /// <summary>
    /// Moves the day tracking of a plan begins: occurrences of its recurring tasks due before it are before tracking (not
    /// reminded), those from it on are reminded. The plan as stored now, or the outcome that stopped the write.
    /// </summary>
    public async Task<(StoredPlan? Plan, WriteOutcome Outcome)> SetTrackingFromAsync(
        string planId, DateOnly trackingFrom, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return (null, WriteOutcome.NotFound);
        }

        var moved = plan with { TrackingFrom = trackingFrom };
        var result = await plans.UpdateAsync(moved, cancellationToken);
        logger.LogInformation("Plan {PlanId}: tracking begins {TrackingFrom} ({Outcome})", planId, trackingFrom, result.Outcome);
        return (result.Saved ? moved with { ETag = result.ETag } : null, result.Outcome);
    }

    /// <summary>The import as staff review it: with the occurrences that confirming it today would track, and those it would not.</summary>
    public PlanImport Preview(PlanImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return import with { Occurrences = ImportedTasks.Preview(import, VietnamTime.Today(time)) };
    }

    /// <summary>Deletes a plan and all its tasks; false when there is no such plan.</summary>
    public async Task<bool> DeleteAsync(string planId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return false;
        }

        await RemoveAsync(plan, cancellationToken);
        logger.LogInformation("Deleted plan {PlanId} and its tasks", planId);
        return true;
    }

    /// <summary>
    /// Adds a directory entry for each name no agency answers to and that reads as a body; a group phrase ("các Sở,
    /// ngành liên quan", "các chuyên gia") stays on its task as written. Returns the names added.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddUnknownAgenciesAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var known = (await agencies.ListAsync(cancellationToken)).ToList();
        var added = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (known.Any(a => a.IsCalled(name)) || !AgencyNames.IsBody(name))
            {
                continue;
            }

            var agency = new Agency(name, name, [], []);
            if ((await agencies.AddAsync(agency, cancellationToken)).Saved)
            {
                known.Add(agency);
                added.Add(name);
            }
        }

        return added;
    }

    /// <summary>
    /// Claims the content hash for the new plan; the id of the plan that already holds it, or null when the claim is
    /// ours. A claim left by a plan since deleted is taken over.
    /// </summary>
    private async Task<string?> ClaimAsync(string hash, string planId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if ((await plans.ClaimHashAsync(hash, planId, cancellationToken)).Saved)
            {
                return null;
            }

            if (await plans.HashOwnerAsync(hash, cancellationToken) is not { } claim)
            {
                continue;
            }

            if (await plans.GetAsync(claim.PlanId, cancellationToken) is not null)
            {
                return claim.PlanId;
            }

            await plans.ReleaseHashAsync(hash, claim.ETag, cancellationToken);
        }

        return (await plans.HashOwnerAsync(hash, cancellationToken))?.PlanId ?? string.Empty;
    }

    /// <summary>
    /// Tasks first, so that a plan row is never left without a way to find and remove its tasks; the content hash
    /// last, so that the document can be confirmed again once its plan is gone.
    /// </summary>
    private async Task RemoveAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        foreach (var task in await tasks.ListByPlanAsync(plan.Id, cancellationToken))
        {
            await tasks.DeleteAsync(plan.Id, task.Id, task.ETag, cancellationToken);
        }

        await plans.DeleteAsync(plan.Id, plan.ETag, cancellationToken);
        if (plan.ContentHash is { } hash && await plans.HashOwnerAsync(hash, cancellationToken) is { } claim && claim.PlanId == plan.Id)
        {
            await plans.ReleaseHashAsync(hash, claim.ETag, cancellationToken);
        }
    }
}
