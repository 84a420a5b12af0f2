using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Api.Models;

/// <summary>How a recurring schedule repeats, as the preview shows it and staff may edit it.</summary>
public sealed class RecurrenceInput
{
    public int Every { get; set; } = 1;

    public RecurrenceUnit Unit { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public DateOnly? Until { get; set; }

    public void Validate(FieldErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Every is < 1 or > 100 || Month is < 1 or > 12 || Day is < 1 or > 31 || !Enum.IsDefined(Unit))
        {
            errors.Add(field, ApiMessages.RecurrenceRange);
        }

        errors.Date(FieldErrors.Member(field, "until"), Until);
    }

    public Recurrence ToRecurrence() => new(Every, Unit, Month, Day, Until);
}
