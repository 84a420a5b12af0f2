namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>The JSON shape of a <see cref="Schedule"/>: kind <c>due|range|recurring|ongoing</c>, dates as <c>YYYY-MM-DD</c>.</summary>
public sealed record ScheduleJson(string Kind, DateOnly? Start, DateOnly? Due, RecurrenceJson? Recurrence)
{
    public static ScheduleJson From(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var kind = schedule.Kind switch
        {
            ScheduleKind.Due => "due",
            ScheduleKind.Range => "range",
            ScheduleKind.Recurring => "recurring",
            _ => "ongoing",
        };
        return new(kind, schedule.Start, schedule.Due, schedule.Recurrence is { } r ? RecurrenceJson.From(r) : null);
    }
}
