using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads named periods, the written-out ones before the year-less ones: half-years, dates, quarters, months,
/// years, then year-less dates and months, then a bare day.
/// </summary>
internal static partial class PeriodReader
{
    private const int BareYearMaxLength = 16;

    public static void Read(MentionSink sink)
    {
        var months = sink.Has("thang");
        if (months && (sink.Has("dau nam") || sink.Has("cuoi nam")))
        {
            foreach (var m in sink.Claim(HalfYear()))
            {
                var first = m.Groups["h"].Value == "dau";
                var year = Numbers.OptionalOf(m.Groups["y"]);
                sink.Add(m.Groups["q"].Success
                    ? new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Quarter, year, first ? 1 : 4)
                    : new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Half, year, first ? 1 : 2));
            }
        }

        var digits = sink.Text.AsSpan().ContainsAnyInRange('0', '9');
        if (digits)
        {
            if (sink.Has(",") && sink.Has("ngay"))
            {
                PeriodListReader.ReadDays(sink);
            }

            if (sink.Has("-"))
            {
                PeriodListReader.ReadDayRanges(sink);
            }

            ReadDates(sink, NumericDate());
        }

        var dayAndMonth = digits && months;
        if (dayAndMonth)
        {
            ReadDates(sink, WrittenDate());
        }

        if (digits || sink.Has("q"))
        {
            PeriodListReader.Read(sink);
        }

        if (sink.Has("q"))
        {
            foreach (var m in sink.Claim(QuarterPattern()))
            {
                sink.Add(new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Quarter, Numbers.OptionalOf(m.Groups["y"]), Numbers.QuarterOf(m.Groups["q"])));
            }
        }

        if (!digits)
        {
            if (sink.Has("nam nay"))
            {
                ReadYears(sink);
            }

            return;
        }

        if (months)
        {
            ReadMonths(sink, MonthOfYear());
        }

        ReadYears(sink);
        if (dayAndMonth)
        {
            ReadDates(sink, WrittenDayMonth());
        }

        if (sink.Has("/"))
        {
            ReadDates(sink, NumericDayMonth());
        }

        if (sink.Has("-"))
        {
            ReadDates(sink, DashedDayMonth());
            if (sink.Has("den"))
            {
                ReadDates(sink, DashedDayMonthSpan());
            }
        }

        if (months)
        {
            ReadMonths(sink, YearlessMonth());
        }

        if (!sink.Has("ngay"))
        {
            return;
        }

        if (months && sink.Has(" nam"))
        {
            ReadDayOfYearMonth(sink);
        }

        foreach (var m in sink.Claim(DayOnly()))
        {
            var day = Numbers.Of(m.Groups["d"]);
            if (day is < 1 or > 31)
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            sink.Add(new DayOfMonthMention(m.Index, End(m), sink.Written(m), day));
        }
    }

    /// <summary>The first full date in <paramref name="text"/> (<c>1/7/2025</c>, <c>ngày 1 tháng 7 năm 2025</c>), if any.</summary>
    public static DateOnly? FirstFullDate(string text)
    {
        var m = NumericDate().Match(text);
        if (!m.Success)
        {
            m = WrittenDate().Match(text);
        }

        return m.Success && Valid(Numbers.Of(m.Groups["m"]), Numbers.Of(m.Groups["d"]))
            ? Calendar.Periods.ClampedDate(Numbers.Of(m.Groups["y"]), Numbers.Of(m.Groups["m"]), Numbers.Of(m.Groups["d"]))
            : null;
    }

    /// <summary>
    /// <c>ngày 30 (của) tháng đầu tiên của năm</c>, <c>ngày 31 tháng cuối cùng của năm</c>: a day of January or
    /// December counted from any year, read like <c>ngày 10/01 năm sau</c> (yearly unless something else repeats).
    /// </summary>
    private static void ReadDayOfYearMonth(MentionSink sink)
    {
        foreach (var m in sink.Claim(DayOfYearMonth()))
        {
            var day = Numbers.Of(m.Groups["d"]);
            var month = m.Groups["which"].Value.StartsWith("dau", StringComparison.Ordinal) ? 1 : 12;
            if (!Valid(month, day))
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            sink.Add(new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Date, null, month, day, NextYear: true));
        }
    }

    private static void ReadYears(MentionSink sink)
    {
        var pattern = sink.Text.Length <= BareYearMaxLength ? BareYear() : NamedYear();
        foreach (var m in sink.Claim(pattern))
        {
            if (IsImprecise(sink, m))
            {
                continue;
            }

            var year = m.Groups["y"].Success ? Numbers.Of(m.Groups["y"]) : sink.Issued.Year;
            sink.Add(new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Year, year, 1));
        }
    }

    private static void ReadDates(MentionSink sink, Regex pattern)
    {
        foreach (var m in sink.Claim(pattern))
        {
            var day = Numbers.Of(m.Groups["d"]);
            var month = Numbers.Of(m.Groups["m"]);
            if (IsCitation(sink.Text, m.Index))
            {
                continue;
            }

            if (!Valid(month, day))
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            sink.Add(new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Date, Numbers.OptionalOf(m.Groups["y"]), month, day, m.Groups["next"].Success));
        }
    }

    /// <summary>
    /// <c>Quyết định số 1090/QĐ-UBND ngày 01/6/2015</c>: the date a cited document was issued, right after its number,
    /// is no deadline.
    /// </summary>
    private static bool IsCitation(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd().TrimEnd(',').TrimEnd();
        before = Words.WithoutLastWord(before, "ngay").TrimEnd(',').TrimEnd();
        var space = before.LastIndexOf(' ');
        return DocumentNumber().IsMatch(before[(space + 1)..]);
    }

    private static bool Valid(int month, int day) => month is >= 1 and <= 12 && day is >= 1 and <= 31;

    private static int End(Match m) => m.Index + m.Length;

    /// <summary><c>6 tháng đầu năm</c> is a half-year; <c>3 tháng cuối năm</c> the first or last quarter.</summary>
    [GeneratedRegex(@"\b(?:06|6|sau|(?<q>03|3|ba))\s+thang\s+(?<h>dau|cuoi)\s+nam\b(?:\s+(?<y>(?:19|20|21)\d{2})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})\s?(?<s>[/.-])\s?(?<m>\d{1,2})\s?\k<s>\s?(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:\bngay\s+|(?<=\b(?:truoc|den|tu|nhat|han|va)\s+))(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s*(?:nam|/|,|-)\s*(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?:quy\s+|qui\s+|q\s?)(?<q>iv|iii|ii|i|[1-4])\b(?:\s*[/,.-]?\s*(?:nam\s+)?(?<y>(?:19|20|21)\d{2})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})\s*(?:[/.,-]|nam)?\s*(?<y>(?:19|20|21)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"\bnam\s+(?:hoc\s+|tai chinh\s+)?(?<y>(?:19|20|21)\d{2})(?![\d/])|\bnam\s+nay\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYear();

    /// <summary>A short text that is only a year (<c>2023</c>, <c>đến 2025</c>), or names one.</summary>
    [GeneratedRegex(@"^(?:trong\s+|den\s+)?(?<y>(?:19|20|21)\d{2})\s*\.?$|\bnam\s+(?:hoc\s+|tai chinh\s+)?(?<y>(?:19|20|21)\d{2})(?![\d/])|\bnam\s+nay\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?:\bngay\s+|(?<=\b(?:truoc|den|tu|nhat|han|va)\s+))(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(?![\d/])(?<next>\s+(?:cua\s+)?nam\s+(?:sau|tiep theo|ke tiep|lien ke|truoc\s+nam))?", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDayMonth();

    [GeneratedRegex(@"(?<![\d/.,-])(?<d>\d{1,2})\s?/\s?(?<m>\d{1,2})(?![\d/])(?<next>\s+(?:cua\s+)?nam\s+(?:sau|tiep theo|ke tiep|lien ke|truoc\s+nam))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayMonth();

    /// <summary><c>vào ngày 19-12</c> (press style); not <c>từ ngày 1-5 hằng tháng</c>, a span of days.</summary>
    [GeneratedRegex(@"(?<!\btu\s+)\bngay\s+(?<d>\d{1,2})-(?<m>\d{1,2})(?![\d/-]|\.\d)(?!\s+(?:hang|moi|cua)\s+thang)", RegexOptions.CultureInvariant)]
    private static partial Regex DashedDayMonth();

    /// <summary>Both ends of <c>từ ngày 14-3 đến hết 14-4</c>, a span of two press-style dates.</summary>
    [GeneratedRegex(@"(?<=\btu\s+ngay\s+)(?<d>\d{1,2})-(?<m>\d{1,2})(?=\s+den\s+(?:het\s+)?(?:ngay\s+)?\d{1,2}-\d{1,2}(?![\d/-]|\.\d))|(?<=\btu\s+ngay\s+\d{1,2}-\d{1,2}\s+den\s+(?:het\s+)?(?:ngay\s+)?)(?<d>\d{1,2})-(?<m>\d{1,2})(?![\d/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DashedDayMonthSpan();

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearlessMonth();

    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})\s+(?:cua\s+)?thang\s+(?<which>dau tien|dau|cuoi cung|cuoi)\s+(?:cua\s+)?(?:moi\s+|hang\s+)?nam\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfYearMonth();

    /// <summary>A document number: <c>1090/qd-ubnd</c>, <c>41/2019/qd-ubnd</c>, <c>2858-kh/hvctqg</c>, <c>35/2023/ubtvqh15</c>.</summary>
    [GeneratedRegex(@"^\d{1,5}[a-z]?(?:/(?:19|20|21)\d{2})?[/-][a-z][a-z0-9&]{0,11}(?:[-/][a-z0-9&]{1,12})*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})\b(?![/.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();
}
