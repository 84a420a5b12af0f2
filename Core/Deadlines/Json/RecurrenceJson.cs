namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>The JSON shape of a <see cref="Deadlines.Recurrence"/>: unit <c>year|quarter|month|day</c>.</summary>
public sealed record RecurrenceJson(int Every, string Unit, int? Month, int? Day, DateOnly? Until)
{
    public static RecurrenceJson From(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var unit = recurrence.Unit switch
        {
            RecurrenceUnit.Year => "year",
            RecurrenceUnit.Quarter => "quarter",
            RecurrenceUnit.Month => "month",
            _ => "day",
        };
        return new(recurrence.Every, unit, recurrence.Month, recurrence.Day, recurrence.Until);
    }
}
