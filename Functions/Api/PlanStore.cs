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
/// Stores a reviewed plan as a whole: the plan, its tasks and the agencies the directory did not know yet (or, when
/// staff decided about them, those they accepted). A document is confirmed once: its content hash and its
/// format-independent identities (<see cref="PlanClaims"/>) are claimed first, and a second confirmation, of the same
/// file or of the plan in another format, gets the existing plan's id. When a write fails part way, what was written is
/// removed again, so a refused or failed confirmation leaves nothing.
/// </summary>
public sealed class PlanStore(
    PlanRepository plans,
    TaskRepository tasks,
    PlanStates states,
    AgencyRepository agencies,
    AgencyDecisions decisions,
    PlanClaims claims,
    TaskBuilder factory,
    TimeProvider time,
    ILogger<PlanStore> logger)
{
    public async Task<PlanConfirmed> ConfirmAsync(PlanConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var resolution = confirmation.Agencies is { } given ? await decisions.ResolveAsync(confirmation.Tasks!, given, cancellationToken) : null;
        if (resolution is { IsSettled: false })
        {
            return PlanConfirmed.AgenciesUnsettled(resolution);
        }

        var header = confirmation.Plan!;
        var today = VietnamTime.Today(time);
        var plan = new StoredPlan(
            StoredPlan.NewId(time.GetUtcNow()),
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
        if (await claims.ClaimAllAsync(plan.Id, confirmation.DocumentKeys(), cancellationToken) is { } existing)
        {
            return PlanConfirmed.AlreadyConfirmed(existing);
        }

        var stored = confirmation.Tasks!
            .Select((input, i) => factory.Build(input, plan.Id, StoredTask.NewId(), header.Date, today, i))
            .Select(task => resolution?.Apply(task) ?? task)
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

        var newAgencies = resolution is null
            ? await AddUnknownAgenciesAsync(stored.SelectMany(TaskBuilder.NamesIn), cancellationToken)
            : await decisions.CreateAsync(resolution.ToCreate, cancellationToken);
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

    /// <summary>
    /// The import as staff review it: with the occurrences that confirming it today would track, and those it would not,
    /// and the new agencies (bodies the directory does not know) for staff to accept, rename or refuse.
    /// </summary>
    public async Task<PlanImport> PreviewAsync(PlanImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        return import with
        {
            Occurrences = ImportedTasks.Preview(import, VietnamTime.Today(time)),
            NewAgencies = await decisions.FindAsync(import.Tasks.Select(t => t.Lead.Concat(t.Cooperating)), cancellationToken),
        };
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
    /// Tasks first, so that a plan row is never left without a way to find and remove its tasks; the plan's claims
    /// last, so that the document can be confirmed again once its plan is gone.
    /// </summary>
    private async Task RemoveAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        foreach (var task in await tasks.ListByPlanAsync(plan.Id, cancellationToken))
        {
            await tasks.DeleteAsync(plan.Id, task.Id, task.ETag, cancellationToken);
        }

        if ((await plans.DeleteAsync(plan.Id, plan.ETag, cancellationToken)).Saved)
        {
            await states.ForgetAsync(plan.Id, cancellationToken);
        }

        await claims.ReleaseAsync(plan.Id, null, cancellationToken);
    }
}
