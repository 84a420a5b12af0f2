using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Drops the dates a clause only mentions, so that what is left is what it sets. Each rule reads the words around a
/// mention as Vietnamese administrative writing does; the rules run in the order of <see cref="Rules"/>, and the
/// last one looks at what the others left.
/// </summary>
internal static partial class MentionedOnly
{
    private const int CitationReach = 14;
    private const int NamedPlanReach = 8;
    private const int ReplacedReach = 8;

    private static readonly Func<MentionSink, Mention, bool>[] Rules =
    [
        InDateline, InCitingPart, InCitedDocument, AtMeeting, InNamedPlan, AsOf, InDataPeriod, EffectiveDate, Replaced, Covered,
    ];

    /// <summary>Nouns a bare date after them belongs to: the documents cited, the press.</summary>
    private static readonly string[] Cited =
    [
        "luat", "hien phap", "phap lenh", "nghi dinh", "nghi quyet", "quyet dinh", "thong tu", "chi thi", "cong van", "cong dien",
        "van ban", "to trinh", "ket luan", "thong qua", "so ra", "dang bai", "phan anh", "ky niem", "thong bao so", "ke hoach so",
        "bao cao so", "huong dan so",
    ];

    /// <summary>Meetings: a bare date after them is when they were held, unless the clause holds them (<c>tổ chức hội nghị …</c>).</summary>
    private static readonly string[] Meetings = ["cuoc hop", "phien hop", "hoi nghi", "buoi lam viec", "cuoc lam viec", "ky hop"];

    /// <summary>Words naming what a period is the period of: an estimate, a budget, targets set, work given.</summary>
    private static readonly string[] Covering =
        [" du toan ", " de ra ", " uoc thuc hien ", " tu dau nam ", " duoc giao ", " thi dua ", " tinh hinh thuc hien ", " ket qua thuc hien "];

    /// <summary>Words naming what a report or review covers, when the clause is a report or sets a day after them.</summary>
    private static readonly string[] CoveringInReports = [" ket qua ", " tinh hinh ", " danh gia ", " thong ke ", " chi tieu ", " kiem diem "];

    /// <summary>Words after which even a cued period is covered (<c>thời kỳ thanh tra từ … đến …</c>).</summary>
    private static readonly string[] AlwaysCovering = [" thoi ky ", " nhiem ky ", " ky niem ", " so lieu "];

    private static readonly string[] Replacing = [" thoi han cu ", " han cu ", " thay cho ", " thay vi ", " truoc day la "];

    public static void Remove(MentionSink sink)
    {
        if (sink.Mentions.Count == 0 || sink.Text.Length < 24)
        {
            return;
        }

        sink.Mentions.RemoveAll(m => Array.Exists(Rules, rule => rule(sink, m)));
        sink.Mentions.RemoveAll(m => LabelBeforeDeadline(sink, m));
    }

    private static bool IsDay(Mention m) => m is PeriodMention { Grain: PeriodGrain.Date } or DayOfMonthMention;

    private static bool IsSpan(Mention m) => m is PeriodMention { Grain: not PeriodGrain.Date } or YearRangeMention or PeriodRangeMention;

    /// <summary>
    /// <c>Ngày 16/12, Thủ tướng chủ trì …</c>, <c>Sáng 24/02, …</c>, <c>…, ngày 28-8-2018, …</c>: the day a report of events is
    /// dated; not <c>Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án …</c>, which says what must happen that day.
    /// </summary>
    private static bool InDateline(MentionSink sink, Mention m)
    {
        if (!IsDay(m) || !sink.Has(","))
        {
            return false;
        }

        if (MatchAround(Dateline(), sink.Text, m, Clauses.PartStart(sink.Text, m.Start) - 2) is { } line)
        {
            var end = line.Index + line.Length;
            return line.Value.Contains("truoc do", StringComparison.Ordinal) ||
                !Requires().IsMatch(sink.Text.AsSpan(end, Clauses.PartEnd(sink.Text, end) - end));
        }

        return MatchAround(InsetDate(), sink.Text, m, Clauses.CommaPartStart(sink.Text, m.Start) - 2) is not null;
    }

    /// <summary>In a part that begins <c>Căn cứ</c>, <c>Xét đề nghị</c>, <c>Theo đề nghị</c>, nothing uncued is set.</summary>
    private static bool InCitingPart(MentionSink sink, Mention m)
    {
        if (m is RecurrenceMention or OngoingMention || !(sink.Has("can cu") || sink.Has("de nghi")))
        {
            return false;
        }

        var start = Clauses.PartStart(sink.Text, m.Start);
        return CitingPart().IsMatch(sink.Text.AsSpan(start, m.Start - start)) && !Clauses.IsCued(sink.Text, m.Start);
    }

    /// <summary><c>Luật … ngày 19 tháng 6 năm 2015</c>, <c>Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021</c>: a bare date after a cited document.</summary>
    private static bool InCitedDocument(MentionSink sink, Mention m)
    {
        if (!IsDay(m) || Clauses.IsCued(sink.Text, m.Start))
        {
            return false;
        }

        var from = Math.Max(Clauses.PartStart(sink.Text, m.Start), Clauses.WordStart(sink.Text, m.Start, CitationReach));
        var window = sink.Text.AsSpan(from, m.Start - from);
        foreach (var noun in Cited)
        {
            if (ContainsWord(window, noun))
            {
                return true;
            }
        }

        foreach (var noun in Meetings)
        {
            if (ContainsWord(window, noun) && !window.Contains("to chuc", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return NumberedDocument().IsMatch(window);
    }

    /// <summary><c>phiên họp thường kỳ tháng 02/2022</c>, <c>tại cuộc họp … trong sáng 14/12</c>: when a meeting was held, not a deadline.</summary>
    private static bool AtMeeting(MentionSink sink, Mention m)
    {
        if (m is not PeriodMention and not DayOfMonthMention || !sink.Has("hop") && !sink.Has("hoi nghi"))
        {
            return false;
        }

        var part = Clauses.CommaPartStart(sink.Text, m.Start);
        return MeetingNamed().IsMatch(Clauses.WordsBefore(sink.Text, m.Start, NamedPlanReach)) ||
            (IsDay(m) && HeldAt().IsMatch(sink.Text.AsSpan(part, m.Start - part)));
    }

    /// <summary><c>căn cứ kế hoạch thanh tra năm 2024</c>: the year in the name of a plan or document cited.</summary>
    private static bool InNamedPlan(MentionSink sink, Mention m) =>
        IsSpan(m) && (sink.Has("can cu") || sink.Has("theo ") || sink.Has("thuc hien")) && !Clauses.IsCued(sink.Text, m.Start) &&
        NamedPlan().IsMatch(Clauses.WordsBefore(sink.Text, m.Start, NamedPlanReach));

    /// <summary><c>tính đến ngày 30-10</c>, <c>chốt số liệu ngày 25</c>, <c>Từ đầu năm đến ngày 20/10, …</c>: where counting stopped.</summary>
    private static bool AsOf(MentionSink sink, Mention m) =>
        IsDay(m) && (sink.Has("den") || sink.Has("chot")) && AsOfCue().IsMatch(sink.Text.AsSpan(0, m.Start));

    /// <summary>A part that defines a data period (<c>… là tính từ ngày 15 tháng trước đến ngày 14</c>) and sends nothing sets nothing.</summary>
    private static bool InDataPeriod(MentionSink sink, Mention m)
    {
        if (!sink.Has("tinh") && !sink.Has("chot so lieu"))
        {
            return false;
        }

        var start = Clauses.PartStart(sink.Text, m.Start);
        var part = sink.Text.AsSpan(start, Clauses.PartEnd(sink.Text, m.Start) - start);
        return DataPeriod().IsMatch(part) && !SendsSomething().IsMatch(part);
    }

    /// <summary>
    /// <c>Quy chế này áp dụng kể từ ngày 01/01/2025</c>, <c>Luật … có hiệu lực thi hành từ ngày 01/7/2009</c>: when a rule takes
    /// effect is no task. (<c>Quyết định này có hiệu lực kể từ ngày …</c> still starts the plan's own regime.)
    /// </summary>
    private static bool EffectiveDate(MentionSink sink, Mention m)
    {
        if (m is not PeriodMention || (!sink.Has("hieu luc") && !sink.Has("ap dung")))
        {
            return false;
        }

        var before = sink.Text.AsSpan(Clauses.PartStart(sink.Text, m.Start), m.Start - Clauses.PartStart(sink.Text, m.Start));
        var effective = TakesEffect().Match(before.ToString());
        return effective.Success && (effective.Groups["apply"].Success || !ThisDocument().IsMatch(before[..effective.Index]));
    }

    /// <summary><c>(thay cho trước tháng 6.2020 …)</c>, <c>thời hạn cũ 31/7/2024</c>: a deadline that is replaced.</summary>
    private static bool Replaced(MentionSink sink, Mention m)
    {
        if (m is not PeriodMention and not PeriodRangeMention || (!sink.Has("thay") && !sink.Has(" cu") && !sink.Has("truoc day")))
        {
            return false;
        }

        var before = Clauses.WordsBefore(sink.Text, m.Start, ReplacedReach);
        return HasAny(before, Replacing);
    }

    /// <summary>
    /// <c>báo cáo kết quả thống kê đất đai năm 2016 … trước ngày 28/4/2017</c>, <c>thời kỳ thanh tra từ … đến …</c>, <c>10
    /// tháng năm 2025</c>: the period a report or review covers. Words such as <c>kết quả</c>, <c>đánh giá</c> mark a covered
    /// period only in a report or before a day the clause sets (<c>Rà soát, đánh giá thủ tục hành chính năm 2024</c> is work in 2024).
    /// </summary>
    private static bool Covered(MentionSink sink, Mention m)
    {
        if (!IsSpan(m) && !(IsDay(m) && (sink.Has("thoi ky") || sink.Has("ky niem"))))
        {
            return false;
        }

        var start = Clauses.CommaPartStart(sink.Text, m.Start);
        var before = string.Concat(" ", sink.Text.AsSpan(start, m.Start - start), " ");
        if (HasAny(before, AlwaysCovering) || (m is PeriodMention { Grain: PeriodGrain.Year } && MonthsOfYear().IsMatch(before)) ||
            Words.PrecededBy(sink.Text, m.Start, "duoc giao trong", "da giao trong"))
        {
            return true;
        }

        if (!IsSpan(m) || Clauses.IsCued(sink.Text, m.Start))
        {
            return false;
        }

        return HasAny(before, Covering) ||
            (HasAny(before, CoveringInReports) && (before.Contains(" bao cao ", StringComparison.Ordinal) || SetsLater(sink, m)));
    }

    /// <summary>Whether <paramref name="text"/> (spaces at both ends) holds one of <paramref name="words"/>, each written with spaces around it.</summary>
    private static bool HasAny(string text, string[] words) => Array.Exists(words, w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether a cued day or period follows <paramref name="m"/> in its part.</summary>
    private static bool SetsLater(MentionSink sink, Mention m)
    {
        var end = Clauses.PartEnd(sink.Text, m.End);
        return sink.Mentions.Exists(o => o.Start >= m.End && o.Start < end && o is PeriodMention or DayOfMonthMention && Clauses.IsCued(sink.Text, o.Start));
    }

    /// <summary>
    /// <c>Dự thảo Chỉ thị … năm 2020, trình Thủ tướng ban hành trong tháng 11/2019</c>: an uncued period, followed in its
    /// sentence by one the clause sets, names what the work is about.
    /// </summary>
    private static bool LabelBeforeDeadline(MentionSink sink, Mention m)
    {
        if (!IsSpan(m) || Clauses.IsCued(sink.Text, m.Start) || Words.PrecededBy(sink.Text, m.Start, "tu", "bat dau"))
        {
            return false;
        }

        var after = sink.Text.AsSpan(m.End).TrimStart();
        var joined = (after.StartsWith("den ", StringComparison.Ordinal) && !after.StartsWith("den truoc", StringComparison.Ordinal)) ||
            after.StartsWith("toi ", StringComparison.Ordinal) || after.StartsWith('-');
        return !joined && SetsLater(sink, m);
    }

    /// <summary>The match of <paramref name="pattern"/>, sought from <paramref name="from"/> on, that holds <paramref name="m"/>.</summary>
    private static Match? MatchAround(Regex pattern, string text, Mention m, int from)
    {
        for (var match = pattern.Match(text, Math.Max(0, from)); match.Success && match.Index <= m.Start; match = match.NextMatch())
        {
            if (m.End <= match.Index + match.Length)
            {
                return match;
            }
        }

        return null;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = Next(text, word, at))
        {
            var end = at + word.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || !char.IsAsciiLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<char> text, string word, int at)
    {
        var next = text[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}
