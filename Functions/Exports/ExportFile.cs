namespace DeadlineBot.Functions.Exports;

/// <summary>How an export is sent: its content type and the file name for Content-Disposition.</summary>
public sealed record ExportFile(string ContentType, string FileName);
