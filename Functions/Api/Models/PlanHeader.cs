using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// A plan's header as the preview shows it (<c>plan</c>), plus the file name, the yearly reporting day and the day
/// tracking begins (<see cref="TrackingFrom"/>, the day it is confirmed when absent).
/// </summary>
public sealed class PlanHeader
{
    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public string? Place { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? FileName { get; set; }

    public int? YearlyDueMonth { get; set; }

    public int? YearlyDueDay { get; set; }

    /// <summary>Occurrences of the plan's recurring tasks due before this day are before tracking: never reminded.</summary>
    public DateOnly? TrackingFrom { get; set; }

    public void Validate(FieldErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Text(prefix + "number", Number, Limits.Name, required: false);
        errors.Name(prefix + "issuer", Issuer, required: false);
        errors.Text(prefix + "place", Place, Limits.Name, required: false);
        errors.Text(prefix + "title", Title, Limits.Title);
        errors.Text(prefix + "fileName", FileName, Limits.Name, required: false);
        errors.Date(prefix + "date", Date);
        errors.Date(prefix + "trackingFrom", TrackingFrom);
        if (YearlyDueMonth is < 1 or > 12)
        {
            errors.Add(prefix + "yearlyDueMonth", ApiMessages.OutOfRange(1, 12));
        }

        if (YearlyDueDay is < 1 or > 31)
        {
            errors.Add(prefix + "yearlyDueDay", ApiMessages.OutOfRange(1, 31));
        }
    }
}
