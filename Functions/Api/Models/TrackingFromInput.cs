using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>The day tracking of a plan begins (<c>{"trackingFrom": "2026-11-30"}</c>).</summary>
public sealed class TrackingFromInput : IValidatable
{
    public DateOnly? TrackingFrom { get; set; }

    public void Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (TrackingFrom is null)
        {
            errors.Add("trackingFrom", ApiMessages.Required);
        }

        errors.Date("trackingFrom", TrackingFrom);
    }
}
