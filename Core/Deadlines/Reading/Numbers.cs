using System.Globalization;
using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Numbers as the readers' patterns capture them: digits, Roman quarter numerals, unit words.</summary>
internal static class Numbers
{
    public static int Of(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    public static int? OptionalOf(Group group) => group.Success ? Of(group) : null;

    public static int QuarterOf(Group group) => group.Value switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    /// <summary>The unit a folded word names, and how many of that unit it is (a week is 7 days).</summary>
    public static (RecurrenceUnit Unit, int Factor) UnitOf(string word) => word switch
    {
        "nam" => (RecurrenceUnit.Year, 1),
        "quy" => (RecurrenceUnit.Quarter, 1),
        "thang" => (RecurrenceUnit.Month, 1),
        "tuan" => (RecurrenceUnit.Day, 7),
        _ => (RecurrenceUnit.Day, 1),
    };
}
