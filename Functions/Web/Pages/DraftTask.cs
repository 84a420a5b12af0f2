using System.Text.Json;
using System.Text.Json.Nodes;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Models;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>One task row of a <see cref="PlanDraft"/>: the fields staff may edit, the schedules read and the import's warnings.</summary>
public sealed class DraftTask(JsonObject node, JsonSerializerOptions json)
{
    public string Ref => PlanDraft.Text(node, "ref") ?? string.Empty;

    public string Title => PlanDraft.Text(node, "title") ?? string.Empty;

    public IReadOnlyList<string> Lead => PlanDraft.Strings(node["lead"]);

    public IReadOnlyList<string> Cooperating => PlanDraft.Strings(node["cooperating"]);

    public string? DeadlineText => PlanDraft.Text(node, "deadlineText");

    public IReadOnlyList<string> Warnings =>
        [.. PlanDraft.Strings(node["warnings"]), .. PlanDraft.Strings((node["deadline"] as JsonObject)?["warnings"])];

    /// <summary>Whether staff changed the row in this review.</summary>
    public bool Edited => node["edited"] is JsonValue v && v.TryGetValue<bool>(out var edited) && edited;

    public IReadOnlyList<Schedule> Schedules =>
        [.. ((node["deadline"] as JsonObject)?["schedules"]?.Deserialize<List<ScheduleInput>>(json) ?? []).Select(s => s.ToSchedule())];

    /// <summary>Writes the fields staff typed; the deadline's schedules are read again when its text changed. True when anything changed.</summary>
    public bool Apply(string? title, IList<string>? lead, IList<string>? cooperating, string? deadlineText, Func<string?, JsonNode?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var changed = false;
        if (title is not null && title != Title)
        {
            node["title"] = title;
            changed = true;
        }

        if (lead is not null && !lead.SequenceEqual(Lead))
        {
            node["lead"] = new JsonArray([.. lead.Select(n => (JsonNode?)JsonValue.Create(n))]);
            changed = true;
        }

        if (cooperating is not null && !cooperating.SequenceEqual(Cooperating))
        {
            node["cooperating"] = new JsonArray([.. cooperating.Select(n => (JsonNode?)JsonValue.Create(n))]);
            changed = true;
        }

        if (deadlineText is not null && deadlineText != (DeadlineText ?? string.Empty))
        {
            node["deadlineText"] = deadlineText.Length == 0 ? null : deadlineText;
            node["deadline"] = read(deadlineText.Length == 0 ? null : deadlineText);
            changed = true;
        }

        if (changed)
        {
            node["edited"] = true;
        }

        return changed;
    }
}
