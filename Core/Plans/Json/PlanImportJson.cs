using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeadlineBot.Core.Plans.Json;

/// <summary>
/// Writes an import as JSON for tools and the HTTP API:
/// <c>{"plan": {number, issuer, place, date, title, kind, reportingRule}, "tasks": [{ref, title, lead, cooperating, reportTo,
/// deadlineText, schedules, note, budget, source, warnings}], "conflicts": [...], "warnings": [...]}</c>. Schedules have the
/// shape of <c>deadlinebot parse --batch</c> (<see cref="Deadlines.Json.ScheduleJson"/>); Vietnamese is written as is.
/// </summary>
public static class PlanImportJson
{
    private static readonly PlanJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public static string Write(PlanImport import) =>
        JsonSerializer.Serialize(PlanImportDocument.From(import), Context.PlanImportDocument);
}
