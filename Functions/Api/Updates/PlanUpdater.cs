using Azure;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Plans.Revisions;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Updates;

/// <summary>
/// Re-imports a confirmed plan from a revised document: compares it with the plan stored (<see cref="PlanDiff"/>), and
/// applies the reviewed revision. The plan row is replaced first, with the If-Match version staff reviewed, so of two
/// concurrent updates one applies and the other is refused (412) before it touches a task. Matched tasks keep their id,
/// completion reports and reminder history; tasks the revision drops are deleted (their reports stay in the reports
/// table); new ones are added. The plan then holds the revision's content hash and identities as well as its earlier ones.
/// </summary>
public sealed class PlanUpdater(
    PlanRepository plans,
    TaskRepository tasks,
    PlanStore store,
    PlanClaims claims,
    AgencyDecisions decisions,
    AgencyDirectory directory,
    TaskBuilder factory,
    TimeProvider time,
    ILogger<PlanUpdater> logger)
{
    /// <summary>The revision compared with the plan stored; null when there is no such plan. Stores nothing.</summary>
    public async Task<PlanRevision?> PreviewAsync(string planId, PlanImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return null;
        }

        var stored = await StoredAsync(planId, cancellationToken);
        var revised = import.Tasks.Select(t => new TaskVersion(
            t.Ref, t.Title, Canonical(t.Lead), Canonical(t.Cooperating), t.ReportTo is { } r ? directory.Canonical(r) : null,
            t.DeadlineText, t.Deadline.Schedules)).ToList();
        return new PlanRevision(plan, stored, await store.PreviewAsync(import, cancellationToken), PlanDiff.Compare([.. stored.Select(Version)], revised));
    }

    /// <summary>Applies the reviewed revision to the plan, if it is still the version <paramref name="ifMatch"/> names.</summary>
    public async Task<PlanUpdated> ApplyAsync(string planId, PlanConfirmation revision, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            return PlanUpdated.Failed(WriteOutcome.NotFound);
        }

        var resolution = revision.Agencies is { } given ? await decisions.ResolveAsync(revision.Tasks!, given, cancellationToken) : null;
        if (resolution is { IsSettled: false })
        {
            return PlanUpdated.AgenciesUnsettled(resolution);
        }

        var header = revision.Plan!;
        var today = VietnamTime.Today(time);
        var revised = revision.Tasks!
            .Select((input, i) => factory.Build(input, planId, StoredTask.NewId(), header.Date ?? plan.Date, today, i))
            .Select(task => resolution?.Apply(task) ?? task)
            .ToList();
        var stored = await StoredAsync(planId, cancellationToken);
        var diff = PlanDiff.Compare([.. stored.Select(Version)], [.. revised.Select(Version)]);

        var held = (await plans.ClaimsOfAsync(planId, cancellationToken)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (await claims.ClaimAllAsync(planId, revision.DocumentKeys(), cancellationToken) is { } owner)
        {
            return PlanUpdated.ClaimedBy(owner);
        }

        var updated = plan with
        {
            Number = FieldErrors.Clean(header.Number),
            Issuer = FieldErrors.Clean(header.Issuer),
            Place = FieldErrors.Clean(header.Place),
            Date = header.Date,
            Title = FieldErrors.Clean(header.Title),
            FileName = FieldErrors.Clean(header.FileName) ?? plan.FileName,
            ContentHash = revision.ContentHash ?? plan.ContentHash,
            ETag = ifMatch.Expected(plan.ETag),
        };
        var saved = await plans.UpdateAsync(updated, cancellationToken);
        if (!saved.Saved)
        {
            await claims.ReleaseAsync(planId, [.. revision.DocumentKeys().Where(k => !held.Contains(k))], CancellationToken.None);
            return PlanUpdated.Failed(saved.Outcome);
        }

        await ApplyTasksAsync(stored, revised, diff, cancellationToken);
        var newAgencies = resolution is null
            ? await store.AddUnknownAgenciesAsync(revised.SelectMany(TaskBuilder.NamesIn), cancellationToken)
            : await decisions.CreateAsync(resolution.ToCreate, cancellationToken);
        logger.LogInformation(
            "Updated plan {PlanId}: {Added} tasks added, {Removed} removed, {Changed} changed, {Unchanged} unchanged",
            planId, diff.Added.Count, diff.Removed.Count, diff.Changed.Count, diff.Unchanged.Count);
        return new PlanUpdated(updated with { ETag = saved.ETag }, await tasks.ListByPlanAsync(planId, cancellationToken), newAgencies, diff, WriteOutcome.Saved);
    }

    private async Task ApplyTasksAsync(IReadOnlyList<StoredTask> stored, List<StoredTask> revised, PlanDiff diff, CancellationToken cancellationToken)
    {
        foreach (var pair in diff.Changed.Concat(diff.Unchanged).Where(p => p.Fields.Count > 0 || p.Renumbered))
        {
            var old = stored[pair.Stored];
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var replacement = revised[pair.Revised] with
                {
                    Id = old.Id, DoneOn = old.DoneOn, Created = old.Created, Completions = old.Completions, ETag = old.ETag,
                };
                if ((await tasks.UpdateAsync(replacement, cancellationToken)).Outcome != WriteOutcome.Stale
                    || await tasks.GetAsync(old.PlanId, old.Id, cancellationToken) is not { } current)
                {
                    break;
                }

                old = current; // a report came in meanwhile: keep it
            }
        }

        foreach (var index in diff.Removed)
        {
            await tasks.DeleteAsync(stored[index].PlanId, stored[index].Id, ETag.All, cancellationToken);
        }

        await tasks.AddManyAsync(diff.Added.Select(i => revised[i]), cancellationToken);
    }

    /// <summary>The plan's tasks in document order as well as it can be told (by number), for matching by position.</summary>
    private async Task<IReadOnlyList<StoredTask>> StoredAsync(string planId, CancellationToken cancellationToken) =>
        [.. (await tasks.ListByPlanAsync(planId, cancellationToken)).OrderBy(t => t.Ref, StringComparer.Ordinal)];

    private static TaskVersion Version(StoredTask task) =>
        new(task.Ref, task.Title, task.Lead, task.Cooperating, task.ReportTo, task.DeadlineText, task.Schedules);

    private List<string> Canonical(IReadOnlyList<string> names) => [.. names.Select(n => directory.Canonical(n)).Distinct(StringComparer.Ordinal)];
}
