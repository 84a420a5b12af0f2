namespace DeadlineBot.Functions.Exports;

/// <summary>
/// A table ready to write: its sheet title, its columns and its rows. A cell is a <see cref="string"/>, an
/// <see cref="int"/>, a <see cref="DateOnly"/>, a <see cref="Core.Tracking.TrackingStatus"/> (written as its word,
/// coloured in a workbook) or null (empty).
/// </summary>
public sealed record ExportSheet(string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
