namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>
/// The JSON shape of a <see cref="Deadlines.Recurrence"/>: unit <c>year|quarter|month|day</c>; <c>monthOfPeriod</c>
/// <c>first|last</c> when a quarterly rule names the month of the quarter.
/// </summary>
public sealed record RecurrenceJson(int Every, string Unit, int? Month, int? Day, DateOnly? Until, string? MonthOfPeriod)
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
        var monthOfPeriod = recurrence.MonthOfPeriod switch
        {
            Deadlines.MonthOfPeriod.First => "first",
            Deadlines.MonthOfPeriod.Last => "last",
            _ => null,
        };
        return new(recurrence.Every, unit, recurrence.Month, recurrence.Day, recurrence.Until, monthOfPeriod);
    }
}
