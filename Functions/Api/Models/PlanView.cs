using DeadlineBot.Functions.Storage;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>A stored plan as the API shows it; <see cref="ETag"/> is the version to send back in If-Match.</summary>
public sealed record PlanView(
    string Id,
    string? Number,
    string? Issuer,
    string? Place,
    DateOnly? Date,
    string? Title,
    string? FileName,
    DateTimeOffset Imported,
    int? YearlyDueMonth,
    int? YearlyDueDay,
    string ETag)
{
    /// <summary>The day tracking began: occurrences of recurring tasks due before it are before tracking.</summary>
    public DateOnly? TrackingFrom { get; init; }

    public static PlanView From(StoredPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.Number, plan.Issuer, plan.Place, plan.Date, plan.Title, plan.FileName, plan.Imported,
            plan.YearlyDueMonth, plan.YearlyDueDay, plan.ETag.ToString())
        {
            TrackingFrom = plan.TrackingFrom,
        };
    }
}
