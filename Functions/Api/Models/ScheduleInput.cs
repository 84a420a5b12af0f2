using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>One schedule of a task, in the shape the preview shows (<c>kind</c>, <c>start</c>, <c>due</c>, <c>recurrence</c>).</summary>
public sealed class ScheduleInput
{
    public ScheduleKind Kind { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }

    public RecurrenceInput? Recurrence { get; set; }

    public void Validate(FieldErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Enum.IsDefined(Kind))
        {
            errors.Add(FieldErrors.Member(field, "kind"), ApiMessages.Required);
        }

        errors.Date(FieldErrors.Member(field, "start"), Start);
        errors.Date(FieldErrors.Member(field, "due"), Due);
        if (Start is { } start && Due is { } due && due < start)
        {
            errors.Add(FieldErrors.Member(field, "due"), ApiMessages.ScheduleOrder);
        }

        if (Kind is ScheduleKind.Due or ScheduleKind.Range && Due is null)
        {
            errors.Add(FieldErrors.Member(field, "due"), ApiMessages.Required);
        }

        if (Kind == ScheduleKind.Recurring && Recurrence is null)
        {
            errors.Add(FieldErrors.Member(field, "recurrence"), ApiMessages.RecurrenceNeeded);
        }

        Recurrence?.Validate(errors, FieldErrors.Member(field, "recurrence"));
    }

    /// <summary>The schedule; call only after <see cref="Validate"/> found nothing wrong.</summary>
    public Schedule ToSchedule() =>
        new(Kind, Start, Kind is ScheduleKind.Ongoing ? null : Due, Kind == ScheduleKind.Recurring ? Recurrence!.ToRecurrence() : null);
}
