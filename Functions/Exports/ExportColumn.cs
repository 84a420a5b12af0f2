namespace DeadlineBot.Functions.Exports;

/// <summary>A column of an exported sheet: its Vietnamese header and its width in Excel characters.</summary>
public sealed record ExportColumn(string Header, double Width);
