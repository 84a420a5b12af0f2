namespace DeadlineBot.Core.Deadlines.Json;

/// <summary>The JSON shape of one <see cref="DeadlineParseResult"/>: <c>{"text", "schedules", "warnings", "note"}</c>.</summary>
public sealed record DeadlineResultJson(string Text, IReadOnlyList<ScheduleJson> Schedules, IReadOnlyList<string> Warnings, string? Note)
{
    public static DeadlineResultJson From(DeadlineParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Text, [.. result.Schedules.Select(s => ScheduleJson.From(s, result.Text))], result.Warnings, result.Note);
    }
}
