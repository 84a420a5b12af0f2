namespace DeadlineBot.Core.Calendar;

/// <summary>Holiday data that cannot be loaded; <see cref="Errors"/> names every bad entry. Nothing of it was loaded.</summary>
public sealed class HolidayDataException : Exception
{
    public HolidayDataException()
    {
    }

    public HolidayDataException(string message)
        : base(message)
    {
    }

    public HolidayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HolidayDataException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; } = [];

    private static string Describe(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0 ? string.Empty : CalendarMessages.Invalid(errors.Count, errors[0]);
    }
}
