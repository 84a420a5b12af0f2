using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Turns the mentions of one text into schedules: joins <c>từ A đến B</c> into ranges, gives each recurrence the
/// day, start and end written around it, and makes every other period a deadline (or an open start after
/// <c>từ</c>; a month, quarter or year after <c>trước</c> is due the day before it begins). Warns about impossible dates, assumed years and deadlines before the issue date.
/// </summary>
internal sealed partial class ScheduleBuilder
{
    private const int NearWords = 6;

    private readonly MentionSink _sink;
    private readonly List<Mention> _items;
    private readonly List<RecurrenceDraft> _drafts;
    private readonly HashSet<Mention> _used = new(ReferenceEqualityComparer.Instance);
    private readonly List<Schedule> _schedules = [];

    private ScheduleBuilder(MentionSink sink)
    {
        _sink = sink;
        sink.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _items = JoinRanges(MergeMonthsOfQuarter(sink.Mentions, sink.Text));
        _drafts = [];
        foreach (var item in _items)
        {
            if (item is RecurrenceMention recurrence)
            {
                _drafts.Add(new RecurrenceDraft(recurrence));
            }
        }
    }

    private DateOnly Issued => _sink.Issued;

    public static IReadOnlyList<Schedule> Build(MentionSink sink) => new ScheduleBuilder(sink).Run();

    private List<Schedule> Run()
    {
        AttachToRecurrences();
        var ongoing = false;
        foreach (var item in _items)
        {
            ongoing |= item is OngoingMention;
            if (!_used.Contains(item) && !IsReportedPeriod(item))
            {
                Emit(item);
            }
        }

        foreach (var draft in _drafts)
        {
            Add(draft.ToSchedule(), draft.Extent.Start, draft.Extent.End);
        }

        if (ongoing && _drafts.Count == 0 && !_schedules.Exists(s => s.Kind == ScheduleKind.Ongoing) &&
            _items.FirstOrDefault(i => i is OngoingMention) is { } first)
        {
            Add(Schedule.Ongoing(), first.Start, first.End);
        }

        return _schedules.Count > 1 ? [.. _schedules.Distinct()] : _schedules;
    }

    /// <summary>
    /// <c>Quý III và Quý IV/2023</c>, <c>từ tháng 9 đến hết tháng 12/2018</c>: a period without a year takes the
    /// year of the same kind of period written right after it, or the year before when it would come after it; so does
    /// a day a few words before a dated day of the same sentence (<c>nộp dự thảo trước ngày 10/5, hoàn chỉnh trước ngày 30/5/2024</c>).
    /// </summary>
    private void ShareYears(List<Mention> sorted)
    {
        for (var i = sorted.Count - 2; i >= 0; i--)
        {
            if (sorted[i] is PeriodMention { Year: null, NextYear: false } first && sorted[i + 1] is PeriodMention { Year: { } year } second &&
                first.Grain == second.Grain && first.End <= second.Start &&
                (Gap(first.End, second.Start) is "va" or "," or "den" or "toi" or "-" || NearInSentence(first, second)))
            {
                sorted[i] = first with { Year = first.FirstIn(year) > second.LastIn(year) ? year - 1 : year };
            }
        }
    }

    private bool NearInSentence(PeriodMention first, PeriodMention second) =>
        first.Grain == PeriodGrain.Date && Clauses.PartStart(_sink.Text, first.Start) == Clauses.PartStart(_sink.Text, second.Start) &&
        Clauses.WordCount(_sink.Text, first.End, second.Start) <= NearWords;

    private List<Mention> JoinRanges(List<Mention> sorted)
    {
        ShareYears(sorted);
        var joined = new List<Mention>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var next = i + 1 < sorted.Count ? sorted[i + 1] : null;
            if (next is not null && IsJoiner(sorted[i].End, next.Start))
            {
                if (sorted[i] is PeriodMention from && next is PeriodMention to)
                {
                    joined.Add(new PeriodRangeMention(from, to));
                    i++;
                    continue;
                }

                if (sorted[i] is DayOfMonthMention first && next is DayOfMonthMention last)
                {
                    joined.Add(last with { Start = first.Start });
                    i++;
                    continue;
                }
            }

            joined.Add(sorted[i]);
        }

        return joined;
    }

    private void Emit(Mention item)
    {
        switch (item)
        {
            case PeriodMention p when StartsWithFrom(p):
                Add(Schedule.Ongoing(p.FirstIn(YearOf(p))), p);
                break;
            case PeriodMention p when p.Grain != PeriodGrain.Date && Words.PrecededBy(_sink.Text, p.Start, "truoc"):
                AddDue(p.FirstIn(YearOf(p)).AddDays(-1), p);
                break;
            case PeriodMention { Grain: PeriodGrain.Date, Year: null, NextYear: false } p when InStandingRegime(p):
                var (month, day) = p.YearlyPoint();
                Add(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, month, day)), p);
                break;
            case PeriodMention p:
                AddDue(Dated(p, YearOf(p)), p);
                break;
            case DayOfMonthMention d:
                var next = NextDayOfMonth(d.Day);
                _sink.Warn(DeadlineMessages.YearAssumed(d.Written, next));
                AddDue(next, d);
                break;
            case RelativeMention r:
                AddDue(r.Due, r);
                break;
            case YearRangeMention or PeriodRangeMention when Resolve(item) is { } span:
                Add(Schedule.Between(span.Start, span.End), item);
                WarnIfBeforeIssued(span.End);
                break;
        }
    }

    /// <summary>
    /// <c>Báo cáo 6 tháng đầu năm gửi trước ngày 10/07</c>, <c>Đánh giá tình hình thực hiện kế hoạch năm 2016 (báo
    /// cáo gửi về Bộ trước ngày 15/5/2017)</c>: the period a report covers, when a day to send it is written after
    /// it, is not a deadline itself.
    /// </summary>
    private bool IsReportedPeriod(Mention item) =>
        item is PeriodMention { Grain: not PeriodGrain.Date } p &&
        (Words.PrecededBy(_sink.Text, p.Start, "bao cao") || IsEvaluatedInClause(p.Start)) &&
        _items.Exists(i => i.Start >= p.End && i is PeriodMention { Grain: PeriodGrain.Date } or DayOfMonthMention or RelativeMention);

    /// <summary>Whether the clause before <paramref name="index"/> evaluates something: <c>đánh giá tình hình/kết quả …</c>.</summary>
    private bool IsEvaluatedInClause(int index)
    {
        var before = _sink.Text.AsSpan(0, index);
        var clause = before[(before.LastIndexOfAny(';', '.') + 1)..];
        return clause.Contains("danh gia tinh hinh", StringComparison.Ordinal) || clause.Contains("danh gia ket qua", StringComparison.Ordinal);
    }

    private void AddDue(DateOnly due, Mention from)
    {
        Add(Schedule.DueOn(due), from);
        WarnIfBeforeIssued(due);
    }

    private void Add(Schedule schedule, Mention from) => Add(schedule, from.Start, from.End);

    /// <summary>Adds <paramref name="schedule"/> with the span of the text [<paramref name="start"/>, <paramref name="end"/>) of the folded text.</summary>
    private void Add(Schedule schedule, int start, int end) =>
        _schedules.Add(schedule with { Span = _sink.SourceSpan(Clauses.CueStart(_sink.Text, start), end) });

    private void WarnIfBeforeIssued(DateOnly due)
    {
        if (due < Issued)
        {
            _sink.Warn(DeadlineMessages.DueBeforeIssued(due, Issued));
        }
    }

    private (DateOnly Start, DateOnly End)? Resolve(Mention range)
    {
        if (range is YearRangeMention years)
        {
            return (Periods.StartOfYear(years.FromYear), Periods.EndOfYear(years.ToYear));
        }

        var (from, to) = (PeriodRangeMention)range;
        int fromYear, toYear;
        if (from.Year is null && to.Year is { } written)
        {
            toYear = written;
            fromYear = from.FirstIn(toYear) > to.LastIn(toYear) ? toYear - 1 : toYear;
        }
        else
        {
            fromYear = YearOf(from);
            toYear = to.Year ?? (to.LastIn(fromYear) < from.FirstIn(fromYear) ? fromYear + 1 : fromYear);
        }

        var start = from.Grain == PeriodGrain.Date ? Dated(from, fromYear) : from.FirstIn(fromYear);
        var end = Dated(to, toYear);
        if (end < start)
        {
            _sink.Warn(DeadlineMessages.RangeReversed(_sink.Written(range.Start, range.End)));
            return null;
        }

        return (start, end);
    }

    /// <summary>The last day of the period in <paramref name="year"/>, warning when a written day had to be clamped.</summary>
    private DateOnly Dated(PeriodMention p, int year)
    {
        var date = p.LastIn(year);
        if (p.IsClampedIn(year))
        {
            _sink.Warn(DeadlineMessages.ImpossibleDate(p.Written, date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return date;
    }

    private int YearOf(PeriodMention p)
    {
        var year = p.YearFrom(Issued);
        if (p.Year is null && !p.NextYear)
        {
            _sink.Warn(DeadlineMessages.YearAssumed(p.Written, p.LastIn(year)));
        }

        return year;
    }

    private DateOnly NextDayOfMonth(int day)
    {
        var candidate = Periods.ClampedDate(Issued.Year, Issued.Month, day);
        if (candidate >= Issued)
        {
            return candidate;
        }

        var nextMonth = Issued.AddMonths(1);
        return Periods.ClampedDate(nextMonth.Year, nextMonth.Month, day);
    }

    /// <summary><c>từ</c>, <c>bắt đầu (từ)</c>, <c>kể từ</c>, <c>tính từ</c> (then maybe <c>ngày</c>) right before the mention; not <c>(lần) thứ Tư</c>.</summary>
    private bool StartsWithFrom(Mention m)
    {
        var before = Words.WithoutLastWord(_sink.Text.AsSpan(0, m.Start).TrimEnd(), "ngay");
        return (Words.EndsWithWord(before, "tu") && !Words.EndsWithWord(before, "thu tu")) || Words.EndsWithWord(before, "bat dau");
    }

    /// <summary><c>đến</c>, <c>tới</c>, <c>cho đến</c> or a dash (then maybe <c>hết</c>, <c>ngày</c>) between two mentions.</summary>
    private bool IsJoiner(int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        var gap = Gap(end, start);
        return gap is "den" or "toi" or "cho den" or "-" or "- den";
    }

    /// <summary>The words between two mentions, without a trailing <c>hết</c> or <c>ngày</c>.</summary>
    private ReadOnlySpan<char> Gap(int end, int start) =>
        Words.WithoutLastWord(Words.WithoutLastWord(_sink.Text.AsSpan(end, start - end).Trim(), "ngay"), "het");

    /// <summary>Where <paramref name="mention"/> itself (not an equal one) stands among the items.</summary>
    private int IndexOfItem(Mention mention) => _items.FindIndex(i => ReferenceEquals(i, mention));
}
