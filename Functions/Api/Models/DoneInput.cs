namespace DeadlineBot.Functions.Api.Models;

/// <summary>Staff reporting a task done: the day it was done (today when absent) and a note.</summary>
public sealed class DoneInput
{
    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}
