using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// A row of the tasks table. PartitionKey = plan id, RowKey = task id: a plan's tasks are one partition query.
/// Key choice for the other queries: rather than an index table (which would have to be kept in step with the
/// task row without a cross-partition transaction), each row carries denormalised <see cref="Open"/>,
/// <see cref="NextDue"/> (earliest fixed due date, ISO text) and <see cref="LeadIds"/> (<c>|so-noi-vu|...|</c>).
/// "Open tasks" and "open tasks due by D" are then server-side filters on those properties; the agency
/// filter is applied to that result in memory (Table Storage has no "contains"). A province holds thousands of
/// tasks, so a filtered scan stays well under a second (see Benchmarks/ScanBenchmarks).
/// </summary>
internal sealed class TaskEntity : TableRow
{
    public string Ref { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Lead { get; set; }

    public string? LeadIds { get; set; }

    public string? Cooperating { get; set; }

    public string? ReportTo { get; set; }

    public string? DeadlineText { get; set; }

    public string? Schedules { get; set; }

    public string? Note { get; set; }

    public string? DoneOn { get; set; }

    public string? Completions { get; set; }

    public string? Created { get; set; }

    public bool Open { get; set; }

    public string? NextDue { get; set; }

    public bool Recurring { get; set; }

    public static TaskEntity From(StoredTask task) => new()
    {
        PartitionKey = TableKeys.Require(task.PlanId, "Plan id"),
        RowKey = TableKeys.Require(task.Id, "Task id"),
        Ref = task.Ref,
        Title = task.Title,
        Lead = StoredJson.WriteNames(task.Lead),
        LeadIds = LeadIdsOf(task.Lead),
        Cooperating = StoredJson.WriteNames(task.Cooperating),
        ReportTo = task.ReportTo,
        DeadlineText = task.DeadlineText,
        Schedules = StoredJson.WriteSchedules(task.Schedules),
        Note = task.Note,
        DoneOn = StoredDates.Write(task.DoneOn),
        Completions = StoredJson.WriteReports(task.Completions),
        Created = StoredDates.Write(task.Created),
        Open = task.IsOpen,
        NextDue = StoredDates.Write(task.FirstDue),
        Recurring = task.IsRecurring,
    };

    public static string Marker(AgencyId agency) => "|" + agency.Value + "|";

    /// <summary>
    /// The columns the daily scan reads (<see cref="ToTask(StoredJsonCache)"/>): what the reminder planner needs, not the
    /// cooperating agencies, deadline text, note or the denormalised query columns.
    /// </summary>
    public static IReadOnlyList<string> ScanColumns { get; } =
        [nameof(PartitionKey), nameof(RowKey), nameof(Ref), nameof(Title), nameof(Lead), nameof(ReportTo), nameof(Schedules), nameof(DoneOn), nameof(Completions), nameof(Created)];

    public StoredTask ToTask() => ToTask(null);

    /// <summary>The stored task; lead lists and schedules from <paramref name="cache"/> when given (shared, immutable values).</summary>
    public StoredTask ToTask(StoredJsonCache? cache) =>
        new(
            PartitionKey,
            RowKey,
            Ref,
            Title,
            cache?.ReadNames(Lead) ?? StoredJson.ReadNames(Lead),
            StoredJson.ReadNames(Cooperating),
            ReportTo,
            DeadlineText,
            cache?.ReadSchedules(Schedules) ?? StoredJson.ReadSchedules(Schedules),
            Note,
            StoredDates.Read(DoneOn),
            StoredDates.Read(Created))
        {
            ETag = ETag,
            Completions = StoredJson.ReadReports(Completions),
        };

    private static string LeadIdsOf(IReadOnlyList<string> lead)
    {
        var ids = lead.Select(name => AgencyId.TryFromName(name, out var id) ? id.Value : null).OfType<string>();
        return "|" + string.Join('|', ids) + "|";
    }
}
