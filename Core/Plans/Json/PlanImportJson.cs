using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeadlineBot.Core.Plans.Json;

/// <summary>
/// Writes an import as JSON for tools and the HTTP API:
/// <c>{"plan": {number, issuer, place, date, title}, "tasks": [{ref, title, lead, cooperating, reportTo, deadlineText,
/// schedules, budget, source, warnings}], "conflicts": [...], "warnings": [...]}</c>. Vietnamese is written as is, not escaped.
/// </summary>
public static class PlanImportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(PlanImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WritePlan(json, import);
            json.WriteStartArray("tasks");
            foreach (var task in import.Tasks)
            {
                WriteTask(json, task);
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in import.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("ref", conflict.Ref);
                json.WriteString("field", conflict.Field);
                json.WriteString("body", conflict.BodyValue);
                json.WriteString("appendix", conflict.AppendixValue);
                json.WriteString("message", conflict.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "warnings", import.Warnings);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter json, PlanImport import)
    {
        var plan = import.Plan;
        json.WriteStartObject("plan");
        json.WriteString("number", plan.Number);
        json.WriteString("issuer", plan.Issuer);
        json.WriteString("place", plan.Place);
        json.WriteString("date", plan.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("title", plan.Title);
        json.WriteString("kind", import.Kind.ToString().ToLowerInvariant());
        if (import.ReportingRule is { } rule)
        {
            json.WriteStartObject("reportingRule");
            json.WriteString("text", rule.Text);
            json.WriteNumber("month", rule.Month);
            json.WriteNumber("day", rule.Day);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter json, PlanTask task)
    {
        json.WriteStartObject();
        json.WriteString("ref", task.Ref);
        json.WriteString("title", task.Title);
        WriteStrings(json, "lead", task.Lead);
        WriteStrings(json, "cooperating", task.Cooperating);
        json.WriteString("reportTo", task.ReportTo);
        json.WriteString("deadlineText", task.DeadlineText);
        json.WriteStartArray("schedules");
        foreach (var schedule in task.Deadline.Schedules)
        {
            ScheduleJson.Write(json, schedule);
        }

        json.WriteEndArray();
        json.WriteString("note", task.Deadline.Note);
        json.WriteString("budget", task.Budget);
        json.WriteStartObject("source");
        json.WriteNumber("line", task.Source.Line);
        json.WriteString("part", task.Source.Part);
        json.WriteEndObject();
        WriteStrings(json, "warnings", task.Warnings);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
