using System.Globalization;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// One row of <c>prose-clauses.tsv</c> (<c>id issued text expect status source</c>): a clause of running text and
/// exactly the schedules it sets, written as <see cref="Describe(Schedule)"/> writes them and joined by <c> | </c>
/// (<c>none</c> for a clause that only mentions dates; <c>note</c> and <c>warn</c> ask for a note or a warning).
/// Unlike <see cref="DeadlineExpectation"/>, a schedule too many fails the row. Status <c>todo</c> marks a row the
/// parser does not read yet.
/// </summary>
public sealed record ClauseExpectation(string Id, DateOnly Issued, string Text, IReadOnlyList<string> Schedules, bool Note, bool Warn, bool Todo)
{
    public static IEnumerable<object[]> Load(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => new object[] { Parse(l) });

    public static ClauseExpectation Parse(string line)
    {
        var c = line.Split('\t');
        var parts = c[3].Split(" | ", StringSplitOptions.TrimEntries);
        var schedules = parts.Where(p => p is not ("none" or "note" or "warn")).Order(StringComparer.Ordinal).ToList();
        return new ClauseExpectation(
            c[0], DateOnly.ParseExact(c[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), c[2], schedules,
            parts.Contains("note"), parts.Contains("warn"), c[4] == "todo");
    }

    public bool IsMetBy(DeadlineParseResult result) =>
        (!Note || result.Note is not null) &&
        (!Warn || result.Warnings.Count > 0) &&
        Schedules.SequenceEqual(result.Schedules.Select(Describe).Order(StringComparer.Ordinal));

    /// <summary><c>due 2022-04-30</c>, <c>range 2024-08-05 2024-08-20</c>, <c>ongoing 2021-04-01</c>, <c>every 1 quarter d18 last</c>, <c>every 1 year 12-15 from 2022-01-01</c>.</summary>
    public static string Describe(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Kind switch
        {
            ScheduleKind.Due => $"due {Show(schedule.Due)}",
            ScheduleKind.Range => $"range {Show(schedule.Start)} {Show(schedule.Due)}",
            ScheduleKind.Ongoing => schedule.Start is { } start ? $"ongoing {Show(start)}" : "ongoing",
            _ => Describe(schedule.Recurrence!) + (schedule.Start is { } from ? $" from {Show(from)}" : string.Empty),
        };
    }

    public static string Describe(DeadlineParseResult result) =>
        string.Join(" | ", result.Schedules.Select(Describe)) + (result.Note is null ? string.Empty : " | note") +
        (result.Warnings.Count == 0 ? string.Empty : " | warnings: " + string.Join(" / ", result.Warnings));

    public override string ToString() => $"{Id}: {Text}";

    private static string Describe(Recurrence r)
    {
        var unit = r.Unit.ToString().ToLowerInvariant();
        var on = (r.Month, r.Day) switch
        {
            ({ } m, { } d) => $" {m:00}-{d:00}",
            (null, { } d) => $" d{d}",
            _ => string.Empty,
        };
        var month = r.MonthOfPeriod switch
        {
            MonthOfPeriod.First => " first",
            MonthOfPeriod.Last => " last",
            _ => string.Empty,
        };
        return $"every {r.Every} {unit}{on}{month}" + (r.Until is { } until ? $" until {Show(until)}" : string.Empty);
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}
