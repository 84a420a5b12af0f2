using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads two quarters or months written with one year: <c>Quý II - III/2023</c>, <c>Quý I, II/2023</c>,
/// <c>tháng 6 - 9/2023</c>, <c>tháng 8, 9/2023</c>. Each becomes its own mention with that year; what joins them
/// (<c>-</c>, <c>đến</c> or <c>,</c>, <c>và</c>) later makes them a range or two deadlines.
/// </summary>
internal static partial class PeriodListReader
{
    public static void Read(MentionSink sink)
    {
        if (!sink.Has("-") && !sink.Has(",") && !sink.Has(" va ") && !sink.Has(" den "))
        {
            return;
        }

        if (sink.Has("q"))
        {
            foreach (var m in sink.Claim(QuarterList()))
            {
                AddPair(sink, m, PeriodGrain.Quarter, Numbers.QuarterOf(m.Groups["a"]), Numbers.QuarterOf(m.Groups["b"]));
            }
        }

        if (sink.Has("thang"))
        {
            foreach (var m in sink.Claim(MonthList()))
            {
                var (first, second) = (Numbers.Of(m.Groups["a"]), Numbers.Of(m.Groups["b"]));
                if (first is < 1 or > 12 || second is < 1 or > 12)
                {
                    sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                    continue;
                }

                AddPair(sink, m, PeriodGrain.Month, first, second);
            }
        }
    }

    /// <summary>
    /// <c>vào các ngày 26, 27, 28, 29/6/2024</c>: several days of one written month and year, each its own date.
    /// </summary>
    public static void ReadDays(MentionSink sink)
    {
        foreach (var m in sink.Claim(DayList()))
        {
            var month = Numbers.Of(m.Groups["m"]);
            var year = Numbers.Of(m.Groups["y"]);
            foreach (Capture day in m.Groups["d"].Captures)
            {
                var end = day.Index + day.Length;
                if (!int.TryParse(day.ValueSpan, out var d) || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, month))
                {
                    sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                    break;
                }

                sink.Add(new PeriodMention(day.Index, end, sink.Written(day.Index, end), PeriodGrain.Date, year, month, d));
            }
        }
    }

    /// <summary><c>trong 02 ngày 08 - 09/9/2015</c>: two days of one written month, joined by a dash into a span.</summary>
    public static void ReadDayRanges(MentionSink sink)
    {
        foreach (var m in sink.Claim(DayRange()))
        {
            var (month, year) = (Numbers.Of(m.Groups["m"]), Numbers.Of(m.Groups["y"]));
            var (a, b) = (m.Groups["a"], m.Groups["b"]);
            if (month is < 1 or > 12 || !IsDayOf(Numbers.Of(a), year, month) || !IsDayOf(Numbers.Of(b), year, month))
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            sink.Add(new PeriodMention(a.Index, a.Index + a.Length, sink.Written(a.Index, a.Index + a.Length), PeriodGrain.Date, year, month, Numbers.Of(a)));
            sink.Add(new PeriodMention(b.Index, m.Index + m.Length, sink.Written(b.Index, m.Index + m.Length), PeriodGrain.Date, year, month, Numbers.Of(b)));
        }
    }

    private static bool IsDayOf(int day, int year, int month) => day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static void AddPair(MentionSink sink, Match m, PeriodGrain grain, int first, int second)
    {
        var year = Numbers.Of(m.Groups["y"]);
        var a = m.Groups["a"];
        var b = m.Groups["second"];
        var end = m.Index + m.Length;
        sink.Add(new PeriodMention(m.Index, a.Index + a.Length, sink.Written(m.Index, a.Index + a.Length), grain, year, first));
        sink.Add(new PeriodMention(b.Index, end, sink.Written(b.Index, end), grain, year, second));
    }

    [GeneratedRegex(@"\b(?:quy|qui|q)\s*(?<a>iv|iii|ii|i|[1-4])\s*(?:-|,|va|den het|den)\s*(?<second>(?:quy\s*|qui\s*|q\s*)?(?<b>iv|iii|ii|i|[1-4]))\b\s*[/,.-]?\s*(?:nam\s+)?(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterList();

    [GeneratedRegex(@"\bthang\s+(?<a>\d{1,2})\s*(?:-|,|va|den het|den)\s*(?<second>(?:thang\s+)?(?<b>\d{1,2}))\s*(?:[/.-]|nam)\s*(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthList();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})\s*-\s*(?<b>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})(?:\s*(?:,|\bva\b)\s*(?<d>\d{1,2}))+\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayList();
}
