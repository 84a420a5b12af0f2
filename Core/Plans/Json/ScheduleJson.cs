using System.Globalization;
using System.Text.Json;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Json;

/// <summary>
/// Writes a schedule as JSON, flat and in the seed fixtures' terms:
/// <c>{"kind": "recurring", "start": "2021-01-01", "every": 1, "unit": "year", "month": 12, "day": 5}</c>;
/// absent parts are left out.
/// </summary>
public static class ScheduleJson
{
    public static void Write(Utf8JsonWriter json, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schedule);
        json.WriteStartObject();
        json.WriteString("kind", schedule.Kind.ToString().ToLowerInvariant());
        WriteDate(json, "start", schedule.Start);
        WriteDate(json, "due", schedule.Due);
        if (schedule.Recurrence is { } r)
        {
            json.WriteNumber("every", r.Every);
            json.WriteString("unit", r.Unit.ToString().ToLowerInvariant());
            WriteNumber(json, "month", r.Month);
            WriteNumber(json, "day", r.Day);
            WriteDate(json, "until", r.Until);
        }

        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }
}
