using DeadlineBot.Core.Tracking;

namespace DeadlineBot.Functions.Exports;

/// <summary>
/// Tracking rows and statistics as sheets (pure): one row per task or occurrence, numbered from 1, agencies by their
/// display names (<paramref name="displayName"/> maps a stored canonical name or an agency id to the name to show).
/// </summary>
public static class ExportSheets
{
    public static ExportSheet Tasks(IReadOnlyList<TaskTracking> rows, Func<string, string> displayName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(displayName);
        return new(ExportWords.TasksSheet, ExportWords.TaskColumns, [.. rows.Select((row, i) => TaskRow(i + 1, row, displayName))]);
    }

    public static ExportSheet Statistics(IReadOnlyList<AgencyStatistics> rows, Func<string, string> displayName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(displayName);
        return new(
            ExportWords.StatisticsSheet,
            ExportWords.StatisticsColumns,
            [.. rows.Select((s, i) => (IReadOnlyList<object?>)
                [i + 1, displayName(s.AgencyId), s.DoneOnTime, s.DoneLate, s.Overdue, s.DueSoon, s.InTime, s.Total])]);
    }

    private static IReadOnlyList<object?> TaskRow(int number, TaskTracking row, Func<string, string> displayName)
    {
        var task = row.Task;
        var plan = (task.PlanNumber, task.PlanTitle) switch
        {
            ({ } number1, { } title) => $"{number1} – {title}",
            (null, { } title) => title,
            ({ } number1, null) => number1,
            _ => task.PlanId,
        };
        return
        [
            number,
            plan,
            task.Title,
            row.Occurrence?.Label,
            Names(task.Lead, displayName),
            Names(task.Cooperating, displayName),
            row.Due,
            row.DaysLeft,
            row.Status,
            row.DoneOn,
        ];
    }

    private static string Names(IReadOnlyList<string> names, Func<string, string> displayName) =>
        string.Join("; ", names.Select(displayName).Distinct(StringComparer.Ordinal));
}
