using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>
/// A task as staff send it: to create or replace one, or as one row of a reviewed import preview. Schedules come
/// from <see cref="Schedules"/>, else from the preview's <c>deadline.schedules</c>, else from reading
/// <see cref="DeadlineText"/> again (so editing the text is enough).
/// </summary>
public sealed class TaskInput : IValidatable
{
    public string? Ref { get; set; }

    public string? Title { get; set; }

    public IList<string>? Lead { get; set; }

    public IList<string>? Cooperating { get; set; }

    public string? ReportTo { get; set; }

    public string? DeadlineText { get; set; }

    public IList<ScheduleInput>? Schedules { get; set; }

    public DeadlineInput? Deadline { get; set; }

    public string? Note { get; set; }

    /// <summary>The schedules staff gave, if any (else the deadline text is read).</summary>
    public IList<ScheduleInput>? GivenSchedules => Schedules ?? Deadline?.Schedules;

    /// <summary>A task staff add or replace by hand must name its lead agency.</summary>
    public void Validate(FieldErrors errors) => Validate(errors, string.Empty, leadRequired: true);

    /// <summary>
    /// <paramref name="leadRequired"/> is false for the rows of a confirmed import: programmes (sample 002) carry
    /// targets without a lead, and such a task is stored (it gets no reminders until staff name one).
    /// </summary>
    public void Validate(FieldErrors errors, string prefix, bool leadRequired)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Text(prefix + "ref", Ref, Limits.Name, required: false);
        errors.Text(prefix + "title", Title, Limits.Title);
        errors.Names(prefix + "lead", Lead?.ToList(), required: leadRequired);
        errors.Names(prefix + "cooperating", Cooperating?.ToList(), required: false);
        errors.Name(prefix + "reportTo", ReportTo, required: false);
        errors.Text(prefix + "deadlineText", DeadlineText, Limits.Line, required: false);
        errors.Text(prefix + "note", Note ?? Deadline?.Note, Limits.Note, required: false);
        var schedules = GivenSchedules;
        var field = prefix + (Schedules is null && Deadline?.Schedules is not null ? "deadline.schedules" : "schedules");
        if (schedules is { Count: > Limits.Schedules })
        {
            errors.Add(field, ApiMessages.TooMany(Limits.Schedules));
            return;
        }

        for (var i = 0; i < (schedules?.Count ?? 0); i++)
        {
            if (schedules![i] is { } schedule)
            {
                schedule.Validate(errors, FieldErrors.Item(field, i));
            }
            else
            {
                errors.Add(FieldErrors.Item(field, i), ApiMessages.Required);
            }
        }
    }
}
