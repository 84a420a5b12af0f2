namespace DeadlineBot.Functions.Api.Models;

/// <summary>The parsed deadline as the import preview shows it; staff may edit its schedules and note.</summary>
public sealed class DeadlineInput
{
    public IList<ScheduleInput>? Schedules { get; set; }

    public string? Note { get; set; }
}
