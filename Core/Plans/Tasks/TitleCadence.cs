using System.Globalization;
using System.Text.RegularExpressions;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>
/// A task whose title says how many years apart the work comes (<c>tôn vinh … định kỳ 02 năm một lần</c>,
/// <c>(2 năm/lần)</c>) while its deadline names only the first date (sample 001: <c>… tôn vinh … 18/5/2023</c>):
/// that one date starts the cadence, every N years on the same day, as the text says; the other schedules stay.
/// Only for work the deadline already repeats (a yearly schedule beside the date): a one-off task about a biennial
/// event (sample 000: <c>Xây dựng Quy chế tôn vinh … định kỳ 02 năm một lần</c>, due Quý II năm 2022) stays one-off.
/// </summary>
internal static partial class TitleCadence
{
    public static DeadlineParseResult Apply(string title, DeadlineParseResult deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var match = EveryYears().Match(title ?? string.Empty);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years < 2)
        {
            return deadline;
        }

        var dues = deadline.Schedules.Where(s => s.Kind == ScheduleKind.Due && s.Due is not null).ToList();
        var yearly = deadline.Schedules.Where(s => s.Recurrence is { Unit: RecurrenceUnit.Year }).ToList();
        if (dues.Count != 1 || yearly.Count == 0 || yearly.Any(s => s.Recurrence!.Every == years))
        {
            return deadline;
        }

        var first = dues[0].Due!.Value;
        var cadence = Schedule.Repeating(new Recurrence(years, RecurrenceUnit.Year, first.Month, first.Day), first);
        return deadline with { Schedules = [.. deadline.Schedules.Select(s => ReferenceEquals(s, dues[0]) ? cadence : s)] };
    }

    [GeneratedRegex(@"(?<n>\d{1,2})\s*năm\s*(?:một|1)\s*lần|(?<n>\d{1,2})\s*năm\s*/\s*lần", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryYears();
}
