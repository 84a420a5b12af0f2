using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>Staff reporting a task done: the day it was done (today when absent) and a note.</summary>
public sealed class DoneInput : IValidatable
{
    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }

    public void Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Text("note", Note, Limits.Note, required: false);
        errors.Date("doneOn", DoneOn);
    }
}
