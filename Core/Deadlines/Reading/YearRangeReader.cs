using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads spans of whole years: <c>giai đoạn 2021 – 2025</c>, <c>năm 2021 - 2022</c>, <c>trong năm 2021 và năm 2022</c>;
/// and school years, <c>năm học 2023-2024</c>, from 1 September to 31 May (the school-year frameworks end the
/// year by 31/5).
/// </summary>
internal static partial class YearRangeReader
{
    private const int SchoolYearFirstMonth = 9;
    private const int SchoolYearLastMonth = 5;
    private const int SchoolYearLastDay = 31;

    public static void Read(MentionSink sink)
    {
        if (Years().Count(sink.Text) < 2)
        {
            return;
        }

        if (sink.Has("nam hoc"))
        {
            ReadSchoolYears(sink);
        }

        ReadRanges(sink, Named());
        ReadRanges(sink, Joined());
        ReadRanges(sink, Bare());
    }

    private static void ReadRanges(MentionSink sink, Regex pattern)
    {
        foreach (var m in sink.Claim(pattern))
        {
            var from = Numbers.Of(m.Groups["a"]);
            var to = Numbers.Of(m.Groups["b"]);
            if (to < from)
            {
                sink.Warn(DeadlineMessages.RangeReversed(sink.Written(m)));
                continue;
            }

            sink.Add(new YearRangeMention(m.Index, m.Index + m.Length, from, to));
        }
    }

    private static void ReadSchoolYears(MentionSink sink)
    {
        foreach (var m in sink.Claim(SchoolYear(), m => Numbers.Of(m.Groups["b"]) == Numbers.Of(m.Groups["a"]) + 1))
        {
            var written = sink.Written(m);
            var first = new PeriodMention(m.Index, m.Groups["a"].Index + m.Groups["a"].Length, written, PeriodGrain.Date, Numbers.Of(m.Groups["a"]), SchoolYearFirstMonth);
            var last = new PeriodMention(m.Groups["b"].Index, m.Index + m.Length, written, PeriodGrain.Date, Numbers.Of(m.Groups["b"]), SchoolYearLastMonth, SchoolYearLastDay);
            sink.Add(new PeriodRangeMention(first, last));
        }
    }

    [GeneratedRegex(@"(?:19|20|21)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    [GeneratedRegex(@"\bnam hoc\s+(?<a>(?:19|20|21)\d{2})\s*-\s*(?<b>(?:19|20|21)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"\b(?:giai doan|thoi ky|nien khoa|nam|cac nam)\s+(?<a>(?:19|20|21)\d{2})\s*(?:-|den het|den|toi)\s*(?:nam\s+)?(?<b>(?:19|20|21)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"\bnam\s+(?<a>(?:19|20|21)\d{2})\s*(?:va|,)\s*(?:nam\s+)?(?<b>(?:19|20|21)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>(?:19|20|21)\d{2})\s*-\s*(?<b>(?:19|20|21)\d{2})(?![\d/.-])", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
