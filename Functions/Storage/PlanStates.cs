using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Which plans the daily scan can skip: a plan whose every task is done is marked closed, and the scan leaves its
/// partition of the tasks table out of the read, so years of finished plans cost it nothing.
/// <para>
/// Closing is the scan's, reopening every writer's, and neither can hide an open task. A task is written open only after
/// <see cref="MarkOpenAsync"/> has recorded its plan open (unless it already was, recently). The scan reads the states
/// before the tasks, and closes a plan in which it found no open task only if no task of it was written open within
/// <see cref="Grace"/> before, and only with the ETag it read first: a plan reopened meanwhile keeps its new state.
/// </para>
/// </summary>
public sealed class PlanStates(StorageTables tables, TimeProvider time)
{
    /// <summary>How recent an opening keeps a plan from being closed: far longer than any write of a task takes.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    /// <summary>When this process last saw each plan recorded open (its own write, or a read).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _openedHere = new(StringComparer.Ordinal);

    /// <summary>
    /// Records <paramref name="planId"/> open before one of its tasks is written open: a read, and a write only when needed;
    /// neither when this process saw it open recently (a plan update writes many tasks of one plan).
    /// </summary>
    public async Task MarkOpenAsync(string planId, CancellationToken cancellationToken)
    {
        TableKeys.Require(planId, "Plan id");
        var now = time.GetUtcNow();
        if (_openedHere.TryGetValue(planId, out var seen) && IsRecent(seen, now))
        {
            return;
        }

        var table = await TableAsync(cancellationToken);
        var current = await TableReads.GetAsync(table, PlanStateEntity.Partition, planId, (PlanStateEntity e) => e, cancellationToken);
        if (current is { Closed: false, OpenedAt: { } opened } && IsRecent(opened, now))
        {
            _openedHere[planId] = opened;
            return;
        }

        await table.UpsertEntityAsync(new PlanStateEntity { RowKey = planId, OpenedAt = now }, TableUpdateMode.Replace, cancellationToken);
        _openedHere[planId] = now;
    }

    /// <summary>Every plan's recorded state (plans stored before states were kept have none: they are read).</summary>
    public async Task<IReadOnlyDictionary<string, PlanState>> ReadAsync(CancellationToken cancellationToken)
    {
        var states = await TableReads.ListAsync(
            await TableAsync(cancellationToken),
            TableClient.CreateQueryFilter($"PartitionKey eq {PlanStateEntity.Partition}"),
            (PlanStateEntity e) => new PlanState(e.RowKey, e.Closed, e.OpenedAt, e.ETag),
            cancellationToken);
        return states.ToDictionary(s => s.PlanId, StringComparer.Ordinal);
    }

    /// <summary>
    /// Closes each of <paramref name="planIds"/> (read, and found without an open task, after <paramref name="states"/>
    /// was read) unless it was opened within <see cref="Grace"/> or has changed since; returns how many it closed.
    /// </summary>
    public async Task<int> CloseAsync(IEnumerable<string> planIds, IReadOnlyDictionary<string, PlanState> states, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planIds);
        ArgumentNullException.ThrowIfNull(states);
        var table = await TableAsync(cancellationToken);
        var now = time.GetUtcNow();
        var closed = 0;
        foreach (var planId in planIds)
        {
            var state = states.GetValueOrDefault(planId);
            if (state is { Closed: true } || state?.OpenedAt > now - Grace)
            {
                continue;
            }

            var entity = new PlanStateEntity { RowKey = planId, Closed = true, OpenedAt = state?.OpenedAt, ClosedAt = now };
            var written = state is null
                ? await TableWrites.AddAsync(table, entity, cancellationToken)
                : await TableWrites.ReplaceAsync(table, entity, state.ETag, cancellationToken);
            closed += written.Saved ? 1 : 0;
        }

        return closed;
    }

    /// <summary>Removes a deleted plan's state: nothing of it is left to skip or to read.</summary>
    public async Task ForgetAsync(string planId, CancellationToken cancellationToken)
    {
        TableKeys.Require(planId, "Plan id");
        _openedHere.TryRemove(planId, out _);
        // Unconditional: whatever the row holds belongs to a plan that no longer exists (a missing row answers 404).
        await (await TableAsync(cancellationToken)).DeleteEntityAsync(PlanStateEntity.Partition, planId, ETag.All, cancellationToken);
    }

    /// <summary>
    /// Opened less than half the grace ago: no scan can close the plan before a task written now has landed, since it
    /// closes only plans opened more than the grace before it.
    /// </summary>
    private static bool IsRecent(DateTimeOffset opened, DateTimeOffset now) => now - opened < Grace / 2;

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.Plans, cancellationToken);
}
