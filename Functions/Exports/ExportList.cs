namespace DeadlineBot.Functions.Exports;

/// <summary>Which list a file holds; it names the file (<see cref="ExportWords.FileStem"/>).</summary>
public enum ExportList
{
    /// <summary>Every task and occurrence matching a filter.</summary>
    Tasks,

    /// <summary>Tasks and occurrences past their deadline, not done.</summary>
    Overdue,

    /// <summary>Tasks and occurrences due within the next days.</summary>
    Upcoming,

    /// <summary>Per lead agency, counts by status.</summary>
    Statistics,
}
