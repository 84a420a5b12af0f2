using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>How <see cref="ScheduleBuilder"/> reads standing reporting rules: yearly days, the month of the quarter.</summary>
internal sealed partial class ScheduleBuilder
{
    /// <summary>
    /// <c>Báo cáo 6 tháng gửi trước ngày 05/6</c>: a day without a year in a standing reporting rule (a report of the
    /// half-year, the quarter or the year) falls on that day every year.
    /// </summary>
    private bool InStandingRegime(PeriodMention p)
    {
        var start = Clauses.PartStart(_sink.Text, p.Start);
        return Regime().IsMatch(_sink.Text.AsSpan(start, p.Start - start));
    }

    /// <summary>
    /// <c>hằng quý trước ngày 18 của tháng cuối quý</c>: the month of the quarter joins the quarterly repetition written
    /// in the same part rather than making a second one.
    /// </summary>
    private static List<Mention> MergeMonthsOfQuarter(List<Mention> sorted, string text)
    {
        foreach (var month in sorted.OfType<RecurrenceMention>().Where(r => r.MonthOfPeriod is not null).ToList())
        {
            var part = Clauses.SemicolonPartStart(text, month.Start);
            var index = sorted.FindIndex(m => m is RecurrenceMention { Unit: RecurrenceUnit.Quarter, MonthOfPeriod: null } r &&
                Clauses.SemicolonPartStart(text, r.Start) == part);
            if (index >= 0)
            {
                var quarterly = (RecurrenceMention)sorted[index];
                sorted[index] = quarterly with { MonthOfPeriod = month.MonthOfPeriod };
                sorted.Remove(month);
            }
        }

        return sorted;
    }

    /// <summary><c>báo cáo 6 tháng</c>, <c>báo cáo quý</c>, <c>báo cáo năm</c>, <c>báo cáo định kỳ hằng năm</c>; not <c>báo cáo năm 2022</c>.</summary>
    [GeneratedRegex(@"\bbao cao\s+(?:dinh ky\s+)?(?:(?:6|06|sau|9|09|chin)\s+thang|quy|nam|hang\s+(?:nam|quy|thang))\b(?!\s*[\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Regime();
}
