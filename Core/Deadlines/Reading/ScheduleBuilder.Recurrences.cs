namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>How <see cref="ScheduleBuilder"/> gives each recurrence the day, start and end written around it.</summary>
internal sealed partial class ScheduleBuilder
{
    private void AttachToRecurrences()
    {
        if (_drafts.Count == 0)
        {
            foreach (var item in _items)
            {
                if (item is PeriodMention { NextYear: true } p)
                {
                    var (month, day) = p.YearlyPoint();
                    Add(Schedule.Repeating(new Recurrence(1, RecurrenceUnit.Year, month, day)), p);
                    _used.Add(p);
                }
            }

            return;
        }

        AttachFollowedPeriods();
        AttachYearlessPoints();
        AttachDatedFollowers();
        foreach (var p in _items.OfType<PeriodMention>().Where(p => !_used.Contains(p) && StartsWithFrom(p)))
        {
            if (_drafts.FirstOrDefault(d => d.Start is null) is { } draft)
            {
                draft.Start = p.FirstIn(p.YearFrom(Issued));
                Use(p, draft);
            }
        }

        foreach (var range in _items.Where(i => i is YearRangeMention or PeriodRangeMention))
        {
            if (Resolve(range) is not { } span)
            {
                continue;
            }

            foreach (var draft in _drafts.Where(d => d.Until is null))
            {
                draft.Start ??= span.Start;
                draft.Until = span.End;
                Use(range, draft);
            }
        }
    }

    /// <summary>
    /// A day or month without a year (<c>trước ngày 05 tháng 12</c>) is a recurrence's day: the nearest one without
    /// a day before it, else after it. Once every recurrence has its day, a further one repeats the nearest
    /// recurrence on that day too (<c>trước ngày 15/6 và 15/12 hằng năm</c>). Only recurrences between the same
    /// semicolons count: <c>Báo cáo tháng gửi trước ngày 15 của tháng; …; Báo cáo 6 tháng gửi trước ngày 05/6</c>.
    /// </summary>
    private void AttachYearlessPoints()
    {
        foreach (var item in _items.Where(i => i is DayOfMonthMention or PeriodMention { Year: null }).ToList())
        {
            var part = Clauses.SemicolonPartStart(_sink.Text, item.Start);
            var near = _drafts.Where(d => d.Mention.Unit != RecurrenceUnit.Day && Clauses.SemicolonPartStart(_sink.Text, d.Mention.Start) == part).ToList();
            var draft = Nearest(near.Where(d => !d.HasPoint).ToList(), item);
            if (draft is null && Nearest(near, item) is { } taken)
            {
                draft = new RecurrenceDraft(taken.Mention) { Start = taken.Start, Until = taken.Until };
                _drafts.Add(draft);
            }

            if (draft is null)
            {
                continue;
            }

            if (item is PeriodMention p)
            {
                var (month, day) = p.YearlyPoint();
                if (p.IsClampedIn(2000))
                {
                    _sink.Warn(DeadlineMessages.ImpossibleDate(p.Written, $"{day:00}/{month:00}"));
                }

                draft.SetPoint(month, day);
            }
            else
            {
                draft.SetPoint(null, ((DayOfMonthMention)item).Day);
            }

            Use(item, draft);
        }
    }

    private void Use(Mention mention, RecurrenceDraft draft)
    {
        _used.Add(mention);
        draft.Take(mention);
    }

    private static RecurrenceDraft? Nearest(List<RecurrenceDraft> drafts, Mention item) =>
        drafts.LastOrDefault(d => d.Mention.Start < item.Start) ?? drafts.FirstOrDefault(d => d.Mention.Start > item.Start);

    /// <summary>
    /// <c>Quý III năm 2023 và các năm tiếp theo</c>, <c>Tháng 12/2023 và hằng năm</c>: the period right before starts
    /// the yearly repetition (and gives its day).
    /// </summary>
    private void AttachFollowedPeriods()
    {
        foreach (var draft in _drafts.Where(d => d.Mention.FollowsPeriod || d.Mention.Unit == RecurrenceUnit.Year).ToList())
        {
            var index = IndexOfItem(draft.Mention);
            if (index > 0 && _items[index - 1] is PeriodMention { Year: { } year } p && !_used.Contains(p) &&
                (draft.Mention.FollowsPeriod || Gap(p.End, draft.Mention.Start) is "va" or ","))
            {
                draft.Start = p.FirstIn(year);
                if (p.Grain != PeriodGrain.Year)
                {
                    var (month, day) = p.YearlyPoint();
                    draft.SetPoint(month, day);
                }

                Use(p, draft);
            }
        }
    }

    /// <summary><c>hằng năm nhân Ngày … 18/5/2022</c>: a full date right after a recurrence is its day and its start.</summary>
    private void AttachDatedFollowers()
    {
        foreach (var draft in _drafts.Where(d => !d.HasPoint))
        {
            var index = IndexOfItem(draft.Mention);
            if (index + 1 < _items.Count && _items[index + 1] is PeriodMention { Grain: PeriodGrain.Date, Year: { } year } p &&
                !_used.Contains(p) && !StartsWithFrom(p))
            {
                var date = Dated(p, year);
                draft.SetPoint(date.Month, date.Day);
                draft.Start ??= date;
                Use(p, draft);
            }
        }
    }
}
