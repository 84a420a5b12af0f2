using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Tasks, one partition per plan (see <see cref="TaskEntity"/> for the key choice). Updates, deletes and
/// <see cref="MarkDoneAsync"/> need the ETag read with the task; a stale one yields <see cref="WriteOutcome.Stale"/>.
/// A task is written open only once its plan is recorded open (<see cref="PlanStates"/>), so the scan reads it.
/// </summary>
public sealed class TaskRepository(StorageTables tables, PlanStates states)
{
    private const int BatchSize = 100;

    public async Task<WriteResult> AddAsync(StoredTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var entity = TaskEntity.From(task);
        await OpeningAsync(entity, cancellationToken);
        return await TableWrites.AddAsync(await TableAsync(cancellationToken), entity, cancellationToken);
    }

    /// <summary>Adds many tasks of one or more plans, in transactions of up to 100 per plan (each batch all or nothing).</summary>
    public async Task AddManyAsync(IEnumerable<StoredTask> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var table = await TableAsync(cancellationToken);
        foreach (var plan in tasks.Select(TaskEntity.From).GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            if (plan.Any(e => e.Open))
            {
                await states.MarkOpenAsync(plan.Key, cancellationToken);
            }

            foreach (var batch in plan.Chunk(BatchSize))
            {
                var actions = batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e));
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }
    }

    public async Task<StoredTask?> GetAsync(string planId, string taskId, CancellationToken cancellationToken) =>
        await TableReads.GetAsync(await TableAsync(cancellationToken), planId, taskId, (TaskEntity e) => e.ToTask(), cancellationToken);

    public async Task<IReadOnlyList<StoredTask>> ListByPlanAsync(string planId, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {planId}"), cancellationToken).ToListAsync(cancellationToken);

    /// <summary>Every task not yet reported done, across plans, streamed page by page.</summary>
    public IAsyncEnumerable<StoredTask> ListOpenAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"Open eq {true}"), cancellationToken);

    /// <summary>
    /// Open tasks whose first fixed due date is on or before <paramref name="dueBy"/> (so overdue ones too),
    /// optionally only those <paramref name="agency"/> leads. Recurring tasks are left to the reminder planner.
    /// </summary>
    public async Task<IReadOnlyList<StoredTask>> ListOpenDueByAsync(DateOnly dueBy, AgencyId? agency, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"Open eq {true} and NextDue le {StoredDates.Write(dueBy)}");
        var marker = agency is { } id ? TaskEntity.Marker(id) : null;
        var table = await TableAsync(cancellationToken);
        var tasks = new List<StoredTask>();
        await foreach (var entity in table.QueryAsync<TaskEntity>(filter, cancellationToken: cancellationToken))
        {
            if (marker is null || (entity.LeadIds?.Contains(marker, StringComparison.Ordinal) ?? false))
            {
                tasks.Add(entity.ToTask());
            }
        }

        return tasks;
    }

    public async Task<WriteResult> UpdateAsync(StoredTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var entity = TaskEntity.From(task);
        await OpeningAsync(entity, cancellationToken);
        return await TableWrites.ReplaceAsync(await TableAsync(cancellationToken), entity, task.ETag, cancellationToken);
    }

    public async Task<WriteResult> DeleteAsync(string planId, string taskId, ETag ifMatch, CancellationToken cancellationToken)
    {
        TableKeys.Require(planId, "Plan id");
        TableKeys.Require(taskId, "Task id");
        return await TableWrites.DeleteAsync(await TableAsync(cancellationToken), planId, taskId, ifMatch, cancellationToken);
    }

    /// <summary>
    /// Records <paramref name="report"/> in the task's row (and a one-off task's done date), if the task is still as read
    /// (<paramref name="ifMatch"/>), and in the reports table only when the task was updated.
    /// </summary>
    public async Task<WriteResult> MarkDoneAsync(CompletionReport report, ETag ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var task = await GetAsync(report.PlanId, report.TaskId, cancellationToken);
        if (task is null)
        {
            return WriteResult.Failed(WriteOutcome.NotFound);
        }

        var updated = await UpdateAsync(
            task with
            {
                DoneOn = report.Occurrence is null ? report.DoneOn : task.DoneOn,
                Completions = [.. task.Completions, report],
                ETag = ifMatch,
            },
            cancellationToken);
        if (updated.Saved)
        {
            var reports = await tables.GetAsync(StorageTables.Reports, cancellationToken);
            await reports.UpsertEntityAsync(CompletionReportEntity.From(report), TableUpdateMode.Replace, cancellationToken);
        }

        return updated;
    }

    public async Task<IReadOnlyList<CompletionReport>> ListReportsAsync(string planId, string taskId, CancellationToken cancellationToken)
    {
        var reports = await tables.GetAsync(StorageTables.Reports, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {planId} and TaskId eq {taskId}");
        return await TableReads.ListAsync(reports, filter, (CompletionReportEntity e) => e.ToReport(), cancellationToken);
    }

    private async IAsyncEnumerable<StoredTask> QueryAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await foreach (var entity in table.QueryAsync<TaskEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return entity.ToTask();
        }
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(StorageTables.Tasks, cancellationToken);

    private Task OpeningAsync(TaskEntity entity, CancellationToken cancellationToken) =>
        entity.Open ? states.MarkOpenAsync(entity.PartitionKey, cancellationToken) : Task.CompletedTask;
}
