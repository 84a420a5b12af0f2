using System.Globalization;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// One row of a deadline fixture (<c>id issued text class start due every unit month day warn</c>): the text, the
/// document's date and the schedule it should yield. A row holds when some schedule has its kind (<c>deadline</c>
/// meaning due or range, <c>none</c> meaning nothing read), its start and due when given, and its recurrence
/// every/unit/month/day when given; <c>warn</c> = 1 needs a warning.
/// </summary>
public sealed record DeadlineExpectation(
    string Id, DateOnly Issued, string Text, string Class, DateOnly? Start, DateOnly? Due,
    int? Every, string? Unit, int? Month, int? Day, bool Warn)
{
    public static IEnumerable<object[]> Load(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => new object[] { Parse(l) });

    public static DeadlineExpectation Parse(string line)
    {
        var c = line.Split('\t');
        string? Cell(int i) => i < c.Length && c[i].Length > 0 ? c[i] : null;
        DateOnly? Date(int i) => Cell(i) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        int? Number(int i) => Cell(i) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        return new DeadlineExpectation(
            c[0], Date(1)!.Value, c[2], c[3], Date(4), Date(5), Number(6), Cell(7), Number(8), Number(9), Cell(10) == "1");
    }

    public bool IsMetBy(DeadlineParseResult result)
    {
        if (Warn && result.Warnings.Count == 0)
        {
            return false;
        }

        return Class == "none" ? result.Schedules.Count == 0 : result.Schedules.Any(Matches);
    }

    public static string Describe(DeadlineParseResult result) =>
        string.Join("; ", result.Schedules.Select(s =>
            $"{s.Kind} start={s.Start} due={s.Due} every={s.Recurrence?.Every} {s.Recurrence?.Unit} m={s.Recurrence?.Month} d={s.Recurrence?.Day} until={s.Recurrence?.Until}")) +
        " | warnings: " + string.Join(" / ", result.Warnings);

    public override string ToString() => $"{Id}: {Text}";

    private bool Matches(Schedule s)
    {
        var kindMatches = Class switch
        {
            "deadline" => s.Kind is ScheduleKind.Due or ScheduleKind.Range,
            "recurring" => s.Kind == ScheduleKind.Recurring,
            "ongoing" => s.Kind == ScheduleKind.Ongoing,
            _ => false,
        };
        return kindMatches &&
            (Start is null || s.Start == Start) &&
            (Due is null || s.Due == Due) &&
            (Every is null || s.Recurrence?.Every == Every) &&
            (Unit is null || string.Equals(s.Recurrence?.Unit.ToString(), Unit, StringComparison.OrdinalIgnoreCase)) &&
            (Month is null || s.Recurrence?.Month == Month) &&
            (Day is null || s.Recurrence?.Day == Day);
    }
}
