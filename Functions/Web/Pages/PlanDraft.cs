using System.Text.Json;
using System.Text.Json.Nodes;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Models;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// A plan preview under review: the preview's JSON (<see cref="Document"/>) with staff's edits written into it, read
/// through typed accessors for the page. Unknown members pass through untouched, so what the importer adds to the
/// preview (new agencies, say) reaches the confirmation as the API would receive it.
/// </summary>
public sealed class PlanDraft(JsonObject document, JsonSerializerOptions json)
{
    public JsonObject Document { get; } = document;

    public JsonObject Plan => Document["plan"] as JsonObject ?? [];

    public JsonArray Tasks => Document["tasks"] as JsonArray ?? [];

    public string? Title => Text(Plan, "title");

    public string? Number => Text(Plan, "number");

    public string? FileName => Text(Plan, "fileName");

    /// <summary>The day relative deadlines count from: what the import counted from, else the plan's date.</summary>
    public DateOnly? CountedFrom => Date(Document, "countedFrom") ?? Date(Plan, "date");

    public IReadOnlyList<string> Warnings => Strings(Document["warnings"]);

    public IReadOnlyList<string> Problems => Strings(Document["problems"]);

    /// <summary>Body/appendix conflicts: (task ref, message, body value, appendix value).</summary>
    public IReadOnlyList<(string Ref, string Field, string Body, string Appendix, string Message)> Conflicts =>
        [.. (Document["conflicts"] as JsonArray ?? []).OfType<JsonObject>().Select(c =>
            (Text(c, "ref") ?? string.Empty, Text(c, "field") ?? string.Empty, Text(c, "bodyValue") ?? string.Empty,
             Text(c, "appendixValue") ?? string.Empty, Text(c, "message") ?? string.Empty))];

    /// <summary>Names the directory does not know yet (from the preview's <c>newAgencies</c>, when the importer gives them).</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Tasks, IReadOnlyList<string> Similar)> NewAgencies =>
        [.. (Document["newAgencies"] as JsonArray ?? []).OfType<JsonObject>().Select(a =>
            (Text(a, "name") ?? string.Empty,
             (IReadOnlyList<int>)[.. (a["tasks"] as JsonArray ?? []).Select(t => t is JsonValue v && v.TryGetValue<int>(out var i) ? i : -1).Where(i => i >= 0)],
             (IReadOnlyList<string>)[.. (a["similar"] as JsonArray ?? []).Select(s => s is JsonObject o ? Text(o, "name") ?? Text(o, "id") : s?.GetValue<string>()).OfType<string>()]))];

    /// <summary>The decision staff made on a new agency: <c>accept</c>, <c>reject</c> or the agency it is renamed to.</summary>
    public (string Decision, string? RenameTo) DecisionFor(string name)
    {
        var decision = (Document["agencies"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(d => Text(d, "name") == name);
        return decision switch
        {
            null => ("accept", null),
            _ when Text(decision, "renameTo") is { } to => ("rename", to),
            _ when decision["accept"] is JsonValue v && v.TryGetValue<bool>(out var accept) && !accept => ("reject", null),
            _ => ("accept", null),
        };
    }

    public DraftTask Task(int index) => new((JsonObject)Tasks[index]!, json);

    /// <summary>Each task's lead and cooperating names, in task order (what the new agencies are found among).</summary>
    public IEnumerable<IEnumerable<string>> Names =>
        Enumerable.Range(0, Tasks.Count).Select(i => Task(i)).Select(t => t.Lead.Concat(t.Cooperating));

    /// <summary>Replaces the new agencies (found again after an edit: a lead typed in may be new, one typed over may be gone).</summary>
    public void SetNewAgencies<T>(T found) => Document["newAgencies"] = JsonSerializer.SerializeToNode(found, json);

    /// <summary>Records staff's decisions on the new agencies (every one decided, as the confirmation requires).</summary>
    public void Decide(IEnumerable<(string Name, string Decision, string? RenameTo)> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var list = new JsonArray();
        foreach (var (name, decision, renameTo) in decisions)
        {
            list.Add(decision switch
            {
                "rename" when !string.IsNullOrWhiteSpace(renameTo) => new JsonObject { ["name"] = name, ["renameTo"] = renameTo },
                "reject" => new JsonObject { ["name"] = name, ["accept"] = false },
                _ => new JsonObject { ["name"] = name, ["accept"] = true },
            });
        }

        Document["agencies"] = list;
    }

    /// <summary>The confirmation the API would receive for this draft.</summary>
    public PlanConfirmation? ToConfirmation() => Document.Deserialize<PlanConfirmation>(json);

    internal static string? Text(JsonObject? node, string name) => node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static IReadOnlyList<string> Strings(JsonNode? node) =>
        [.. (node as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];

    private static DateOnly? Date(JsonObject? node, string name) =>
        Text(node, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;

    /// <summary>Re-reads the schedules of an edited deadline text.</summary>
    internal JsonNode? Read(DeadlineParser parser, string? text, DateOnly today) =>
        JsonSerializer.SerializeToNode(parser.Parse(text, CountedFrom ?? today), json);
}
