using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads repetitions: <c>06 tháng và hằng năm</c>, <c>2 năm/lần</c>, <c>ít nhất 01 lần/năm</c>, <c>định kỳ 6 tháng</c>,
/// <c>hằng năm|quý|tháng|tuần</c>, <c>năm 2021 và những năm tiếp theo</c>; <c>hằng ngày</c> counts as ongoing work.
/// </summary>
internal static partial class RecurrenceReader
{
    private const int MonthsInYear = 12;

    public static void Read(MentionSink sink)
    {
        if (sink.Has("nam tiep") || sink.Has("nam sau") || sink.Has("nam ke"))
        {
            ReadFollowingYears(sink);
        }

        if (sink.Has("lan"))
        {
            ReadCounted(sink);
        }

        if (sink.Has("thang"))
        {
            ReadMonthly(sink);
        }

        if (sink.Has("dinh ky"))
        {
            foreach (var m in sink.Claim(Periodic()))
            {
                AddEvery(sink, m.Index, m.Index + m.Length, Numbers.Of(m.Groups["n"]), m.Groups["unit"].Value, sink.Written(m));
            }
        }

        if (sink.Has("quy"))
        {
            foreach (var m in sink.Claim(MonthOfQuarter()))
            {
                var month = m.Groups["which"].Value == "cuoi" ? MonthOfPeriod.Last : MonthOfPeriod.First;
                sink.Add(new RecurrenceMention(m.Index, m.Index + m.Length, 1, RecurrenceUnit.Quarter, MonthOfPeriod: month));
            }
        }

        if (sink.Has("hang ") || sink.Has("moi "))
        {
            ReadEach(sink);
        }
    }

    private static void ReadFollowingYears(MentionSink sink)
    {
        foreach (var m in sink.Claim(FollowingYears()))
        {
            sink.Add(new RecurrenceMention(m.Index, m.Index + m.Length, 1, RecurrenceUnit.Year, FollowsPeriod: true));
        }
    }

    private static void ReadCounted(MentionSink sink)
    {
        foreach (var m in sink.Claim(TimesInYears()))
        {
            var months = Numbers.Of(m.Groups["n"]) * MonthsInYear;
            var times = Numbers.Of(m.Groups["times"]);
            if (times < 1 || months % times != 0 || months / times < 1)
            {
                sink.Warn(DeadlineMessages.InvalidRecurrence(sink.Written(m)));
                continue;
            }

            sink.Add(new RecurrenceMention(m.Index, m.Index + m.Length, months / times, RecurrenceUnit.Month));
        }

        foreach (var m in sink.Claim(EveryNPerTime()))
        {
            AddEvery(sink, m.Index, m.Index + m.Length, Numbers.Of(m.Groups["n"]), m.Groups["unit"].Value, sink.Written(m));
        }

        foreach (var m in sink.Claim(TimesPerUnit()))
        {
            AddTimesPer(sink, m, Numbers.Of(m.Groups["n"]), m.Groups["unit"].Value);
        }
    }

    private static void ReadMonthly(MentionSink sink)
    {
        foreach (var m in sink.Claim(MonthsAndYearly()))
        {
            var months = m.Groups["n"];
            AddEvery(sink, m.Index, months.Index + months.Length + " thang".Length, Numbers.Of(months), "thang", sink.Written(m));
            sink.Add(new RecurrenceMention(months.Index + months.Length + " thang".Length, m.Index + m.Length, 1, RecurrenceUnit.Year));
        }

        if (sink.Has("cua"))
        {
            foreach (var m in sink.Claim(OfTheMonth()))
            {
                sink.Add(new RecurrenceMention(m.Index, m.Index + m.Length, 1, RecurrenceUnit.Month));
            }
        }
    }

    private static void ReadEach(MentionSink sink)
    {
        foreach (var m in sink.Claim(Each()))
        {
            if (m.Groups["unit"].Value == "ngay")
            {
                sink.Add(new OngoingMention(m.Index, m.Index + m.Length));
                continue;
            }

            AddEvery(sink, m.Index, m.Index + m.Length, 1, m.Groups["unit"].Value, sink.Written(m));
        }
    }

    private static void AddEvery(MentionSink sink, int start, int end, int every, string unitWord, string written)
    {
        if (every < 1)
        {
            sink.Warn(DeadlineMessages.InvalidRecurrence(written));
            return;
        }

        var (unit, factor) = Numbers.UnitOf(unitWord);
        sink.Add(new RecurrenceMention(start, end, every * factor, unit));
    }

    /// <summary><c>2 lần/năm</c> is every 6 months; <c>4 lần/năm</c> every quarter; other counts repeat each unit.</summary>
    private static void AddTimesPer(MentionSink sink, Match m, int times, string unitWord)
    {
        var end = m.Index + m.Length;
        if (times < 1)
        {
            sink.Warn(DeadlineMessages.InvalidRecurrence(sink.Written(m)));
        }
        else if (unitWord == "nam" && times > 1 && MonthsInYear % times == 0)
        {
            sink.Add(times == 4
                ? new RecurrenceMention(m.Index, end, 1, RecurrenceUnit.Quarter)
                : new RecurrenceMention(m.Index, end, MonthsInYear / times, RecurrenceUnit.Month));
        }
        else
        {
            AddEvery(sink, m.Index, end, 1, unitWord, sink.Written(m));
        }
    }

    [GeneratedRegex(@"\b(?:nhung|cac)\s+nam\s+(?:tiep theo|sau|ke tiep)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowingYears();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,2})\s+thang\s*(?:,|va|,\s*va)\s*(?:hang\s+|ca\s+|cuoi\s+)?nam\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthsAndYearly();

    /// <summary><c>05 năm 2 lần</c>: twice in five years, every 30 months.</summary>
    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,2})\s+nam\s+(?<times>\d{1,2})\s+lan\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimesInYears();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,2})\s+(?<unit>nam|thang|quy|tuan|ngay)\s*(?:/|mot|1)\s*lan\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryNPerTime();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,2})\s+lan\s*(?:/|moi|trong\s+(?:mot\s+|1\s+)?)\s*(?<unit>nam|quy|thang|tuan)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimesPerUnit();

    [GeneratedRegex(@"\bdinh ky\s+(?<n>\d{1,2})\s+(?<unit>nam|thang|quy|tuan)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Periodic();

    /// <summary><c>trước ngày 15 của tháng</c>: the day of every month (not <c>của tháng đầu quý</c>).</summary>
    [GeneratedRegex(@"(?<=\bngay\s+\d{1,2}\s+)cua\s+(?:moi\s+)?thang\b(?!\s*(?:\d|dau|cuoi|sau|truoc))", RegexOptions.CultureInvariant)]
    private static partial Regex OfTheMonth();

    /// <summary><c>tháng cuối (cùng của mỗi) quý</c>, <c>tháng đầu quý sau</c>: a day in every quarter.</summary>
    [GeneratedRegex(@"\bthang\s+(?<which>cuoi|dau)\s+(?:cung\s+|tien\s+)?(?:cua\s+)?(?:moi\s+|hang\s+)?quy\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfQuarter();

    [GeneratedRegex(@"\b(?:hang|moi)\s+(?<unit>nam|quy|thang|tuan|ngay)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Each();
}
