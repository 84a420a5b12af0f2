namespace DeadlineBot.Core.Plans.Json;

/// <summary>The JSON shape of a plan's header, with what the file was read as and its reporting rule.</summary>
public sealed record PlanHeaderJson(
    string? Number, string? Issuer, string? Place, DateOnly? Date, string? Title, string Kind, PlanReportingRule? ReportingRule);
