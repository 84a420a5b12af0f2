namespace DeadlineBot.Core.Plans;

/// <summary>A plan's header: number (<c>168/KH-UBND</c>), issuing body, place, date and title. Missing parts stay null.</summary>
public sealed record PlanMetadata(string? Number, string? Issuer, string? Place, DateOnly? Date, string? Title);
