using System.Globalization;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Reminders;

/// <summary>
/// One piece of work a task asks for, with its own due date. A recurring task has one per period: <see cref="Id"/>
/// names the period (<c>2026</c>, <c>2026-Q4</c>, <c>2026-03</c>, <c>2026-03-05</c>), so an occurrence keeps its
/// identity, and its completion report, when an edit moves the rule's day; <see cref="Label"/> is the period in
/// Vietnamese (<c>năm 2026</c>). A one-off task's due dates share the id <see cref="Once"/> and no label: one
/// report closes them all.
/// </summary>
public sealed record Occurrence(string Id, DateOnly Due, string? Label)
{
    /// <summary>The id of a one-off task's occurrence (the task itself).</summary>
    public const string Once = "";

    public bool IsRecurring => Id.Length > 0;

    /// <summary>"năm 2026 – hạn 05/12/2026"; a one-off occurrence is its date alone.</summary>
    public string Name => Label is null ? Date(Due) : $"{Label} – hạn {Date(Due)}";

    /// <summary>The occurrence of the period that holds <paramref name="due"/> under <paramref name="unit"/>.</summary>
    public static Occurrence InPeriod(RecurrenceUnit unit, DateOnly due, DateOnly period) => unit switch
    {
        RecurrenceUnit.Year => new(Invariant($"{period.Year:D4}"), due, Invariant($"năm {period.Year}")),
        RecurrenceUnit.Quarter => new(
            Invariant($"{period.Year:D4}-Q{((period.Month - 1) / 3) + 1}"),
            due,
            Invariant($"quý {Roman[(period.Month - 1) / 3]} năm {period.Year}")),
        RecurrenceUnit.Month => new(Invariant($"{period:yyyy-MM}"), due, Invariant($"tháng {period.Month} năm {period.Year}")),
        _ => new(Invariant($"{period:yyyy-MM-dd}"), due, "ngày " + Date(period)),
    };

    /// <summary>The year an occurrence id names (its first four digits); false for <see cref="Once"/> or an id of no period.</summary>
    public static bool TryYearOf(string id, out int year)
    {
        year = 0;
        return id is { Length: >= 4 } && int.TryParse(id.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1;
    }

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
