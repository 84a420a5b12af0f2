namespace DeadlineBot.Functions.Api.Models;

/// <summary>The day tracking of a plan begins (<c>{"trackingFrom": "2026-11-30"}</c>).</summary>
public sealed class TrackingFromInput
{
    public DateOnly? TrackingFrom { get; set; }
}
