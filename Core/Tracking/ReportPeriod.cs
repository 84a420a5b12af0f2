using System.Globalization;
using System.Text.RegularExpressions;
using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// The period a report is filtered by, written as an occurrence id is: a year <c>2026</c>, a quarter <c>2026-Q4</c>
/// or a month <c>2026-03</c>. A row belongs to it when its due date falls within it.
/// </summary>
public readonly partial record struct ReportPeriod(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>The period <paramref name="text"/> names; false for anything else (<c>2026-13</c>, <c>Q4</c>).</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = new Quarter(year, match.Groups["quarter"].Value[0] - '0');
            period = new ReportPeriod(quarter.FirstDay, quarter.LastDay);
            return true;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            period = new ReportPeriod(new DateOnly(year, month, 1), Periods.EndOfMonth(year, month));
            return true;
        }

        period = new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-[Qq](?<quarter>[1-4])|-(?<month>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
