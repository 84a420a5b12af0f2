using System.Globalization;

namespace DeadlineBot.Functions.Storage;

/// <summary>A row of the reports table: PartitionKey = plan id, RowKey = task id + "|" + report time in ticks.</summary>
internal sealed class CompletionReportEntity : TableRow
{
    public string TaskId { get; set; } = string.Empty;

    public string? DoneOn { get; set; }

    public DateTimeOffset Reported { get; set; }

    public string ReportedBy { get; set; } = string.Empty;

    public string? Note { get; set; }

    public string? Occurrence { get; set; }

    public string? Due { get; set; }

    public static CompletionReportEntity From(CompletionReport report) => new()
    {
        PartitionKey = TableKeys.Require(report.PlanId, "Plan id"),
        RowKey = TableKeys.Require(report.TaskId, "Task id") + "|" + report.Reported.UtcTicks.ToString("D19", CultureInfo.InvariantCulture),
        TaskId = report.TaskId,
        DoneOn = StoredDates.Write(report.DoneOn),
        Reported = report.Reported,
        ReportedBy = report.ReportedBy,
        Note = report.Note,
        Occurrence = report.Occurrence,
        Due = StoredDates.Write(report.Due),
    };

    public CompletionReport ToReport() =>
        new(PartitionKey, TaskId, StoredDates.Read(DoneOn) ?? DateOnly.MinValue, Reported, ReportedBy, Note, Occurrence, StoredDates.Read(Due));
}
