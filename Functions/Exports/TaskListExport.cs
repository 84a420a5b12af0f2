using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Exports;

/// <summary>
/// The one entry point for exporting a tracking list or the statistics per agency to CSV or XLSX; the API's
/// <c>format=csv|xlsx</c> and the web pages both call it. Agencies appear by their directory display names.
/// <example>
/// From a page handler (rows from <see cref="TrackingReport"/>):
/// <code>
/// var file = export.FileFor(ExportList.Overdue, ExportFormat.Xlsx, today);   // cong-viec-qua-han-2026-11-29.xlsx
/// return TypedResults.File(await export.TasksAsync(ExportFormat.Xlsx, rows, ct), file.ContentType, file.FileName);
/// </code>
/// or stream it: <c>await export.WriteTasksAsync(ExportFormat.Csv, response.Body, rows, ct)</c>.
/// </example>
/// </summary>
public sealed class TaskListExport(AgencyRepository agencies)
{
    /// <summary>The content type and file name (list, day, extension: <c>cong-viec-qua-han-2026-11-29.xlsx</c>) of an export.</summary>
    public ExportFile FileFor(ExportList list, ExportFormat format, DateOnly day) =>
        new(
            ExportFormats.ContentType(format),
            ExportWords.FileStem(list) + "-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ExportFormats.Extension(format));

    /// <summary>Writes tracking rows (tasks and occurrences, in the order given) to <paramref name="stream"/>.</summary>
    public async Task WriteTasksAsync(ExportFormat format, Stream stream, IReadOnlyList<TaskTracking> rows, CancellationToken cancellationToken)
    {
        var names = await DisplayNamesAsync(cancellationToken);
        await WriteAsync(format, stream, ExportSheets.Tasks(rows, names), cancellationToken);
    }

    /// <summary>Writes the statistics per lead agency to <paramref name="stream"/>.</summary>
    public async Task WriteStatisticsAsync(
        ExportFormat format, Stream stream, IReadOnlyList<AgencyStatistics> rows, CancellationToken cancellationToken)
    {
        var names = await DisplayNamesAsync(cancellationToken);
        await WriteAsync(format, stream, ExportSheets.Statistics(rows, names), cancellationToken);
    }

    /// <summary>The file's bytes, for <c>TypedResults.File</c>.</summary>
    public async Task<byte[]> TasksAsync(ExportFormat format, IReadOnlyList<TaskTracking> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteTasksAsync(format, buffer, rows, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The file's bytes, for <c>TypedResults.File</c>.</summary>
    public async Task<byte[]> StatisticsAsync(ExportFormat format, IReadOnlyList<AgencyStatistics> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteStatisticsAsync(format, buffer, rows, cancellationToken);
        return buffer.ToArray();
    }

    private static Task WriteAsync(ExportFormat format, Stream stream, ExportSheet sheet, CancellationToken cancellationToken) =>
        format == ExportFormat.Csv
            ? CsvSheetWriter.WriteAsync(stream, sheet, cancellationToken)
            : XlsxSheetWriter.WriteAsync(stream, sheet, cancellationToken);

    /// <summary>Maps a stored name or an agency id to its display name; a name the directory lacks shows as stored.</summary>
    private async Task<Func<string, string>> DisplayNamesAsync(CancellationToken cancellationToken)
    {
        var byId = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.Id.Value, a => a.DisplayName, StringComparer.Ordinal);
        return name =>
        {
            var key = AgencyId.TryParse(name, out var id) && byId.ContainsKey(id.Value) ? id.Value
                : AgencyId.TryFromName(name, out var fromName) ? fromName.Value : null;
            return key is not null && byId.TryGetValue(key, out var display) ? display : name;
        };
    }
}
