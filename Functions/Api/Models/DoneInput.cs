using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// Staff reporting a task done: which occurrence of a recurring task (its period id, <c>2026</c>; the one it stands at
/// today when absent), the day it was done (today when absent) and a note, kept with the report.
/// </summary>
public sealed class DoneInput : IValidatable
{
    public string? Occurrence { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }

    public void Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Text("note", Note, Limits.Note, required: false);
        errors.Date("doneOn", DoneOn);
        errors.Text("occurrence", Occurrence, Limits.Name, required: false);
    }
}
