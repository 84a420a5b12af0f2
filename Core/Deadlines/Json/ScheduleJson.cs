namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>
/// The JSON shape of a <see cref="Schedule"/>: kind <c>due|range|recurring|ongoing</c>, dates as <c>YYYY-MM-DD</c>, and
/// the span of the text it was read from.
/// </summary>
public sealed record ScheduleJson(string Kind, DateOnly? Start, DateOnly? Due, RecurrenceJson? Recurrence, SpanJson? Span)
{
    public static ScheduleJson From(Schedule schedule, string text)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(text);
        var kind = schedule.Kind switch
        {
            ScheduleKind.Due => "due",
            ScheduleKind.Range => "range",
            ScheduleKind.Recurring => "recurring",
            _ => "ongoing",
        };
        return new(
            kind, schedule.Start, schedule.Due, schedule.Recurrence is { } r ? RecurrenceJson.From(r) : null,
            schedule.Span is { } span ? new SpanJson(span.Start, span.Length, span.Of(text)) : null);
    }
}
