using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads deadlines counted from a date: <c>trong 30 ngày làm việc</c>, <c>không quá 2 tháng kể từ ngày ban hành</c>,
/// <c>sau 03 tháng kể từ ngày 01/7/2025</c>. They count from the date written right after <c>kể từ</c>, else from the
/// issue date; one counted from an event (<c>kể từ ngày Đề án được phê duyệt</c>, <c>kể từ ngày kết thúc …</c>, <c>ngay
/// sau khi Đề án được phê duyệt</c>) has no date to count from: it is warned and kept as the note.
/// </summary>
internal static partial class RelativeReader
{
    private const int LastSafeYear = 9000;

    private static readonly string[] Cues =
    [
        "khong qua", "khong muon hon", "trong vong", "trong thoi han", "trong thoi gian", "trong", "sau", "toi da",
        "cham nhat la sau", "cham nhat sau", "cham nhat la", "cham nhat",
    ];

    public static void Read(MentionSink sink)
    {
        foreach (var m in sink.Claim(Relative(), m => m.Groups["tail"].Success || HasCueBefore(sink.Text, m.Index)))
        {
            var tail = m.Groups["tail"];
            var anchor = tail.Success && Anchored().IsMatch(tail.Value) ? PeriodReader.FirstFullDate(tail.Value) : null;
            if (anchor is null && IsFromEvent(tail.Success ? tail.Value : null, sink.Text))
            {
                AddEvent(sink, m.Index, m.Index + m.Length);
                continue;
            }

            var from = anchor ?? sink.Issued;
            if (from.Year > LastSafeYear)
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            var amount = Numbers.Of(m.Groups["n"]);
            var due = m.Groups["unit"].Value switch
            {
                "ngay lam viec" => sink.Calendar.AddWorkingDays(from, amount),
                "ngay" => from.AddDays(amount),
                "tuan" => from.AddDays(7 * amount),
                "thang" => from.AddMonths(amount),
                _ => from.AddYears(amount),
            };
            sink.Add(new RelativeMention(m.Index, m.Index + m.Length, due));
        }

        if (sink.Has("sau khi"))
        {
            foreach (var m in sink.Claim(AfterEvent()))
            {
                AddEvent(sink, m.Index, m.Index + m.Length);
            }
        }
    }

    private static bool IsFromEvent(string? tail, string text) =>
        tail is null ? Event().IsMatch(text) : Event().IsMatch(tail) || AfterSomething().IsMatch(tail) || FromEventDay().IsMatch(tail);

    private static void AddEvent(MentionSink sink, int start, int end)
    {
        var written = sink.Written(start, end);
        sink.Warn(DeadlineMessages.RelativeToEvent(written));
        sink.Events.Add(written);
    }

    /// <summary>Whether the words right before <paramref name="index"/> are a cue such as <c>không quá</c> or <c>trong vòng</c>.</summary>
    private static bool HasCueBefore(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        foreach (var cue in Cues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal) &&
                (before.Length == cue.Length || before[before.Length - cue.Length - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d/.-])(?<n>\d{1,3})\s+(?<unit>ngay lam viec|ngay|tuan|thang|nam)\b(?!\s*(?:dau|cuoi|tiep|/|\d|mot lan|lan|nay|qua|truoc|nam\s+(?:19|20|21)\d{2}))(?<tail>\s*,?\s*(?:ke tu|tinh tu|sau khi|sau|tu)\b[^,;]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:sau khi|duoc\s+(?:phe duyet|thong qua|giao|cap)|nhan duoc|co hieu luc|ket thuc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Event();

    /// <summary><c>kể từ ngày 01/7/2025</c>, <c>sau 01/7/2025</c>: the date counted from is written right there.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:ke tu|tinh tu|sau|tu)\s+(?:ngay\s+)?\d", RegexOptions.CultureInvariant)]
    private static partial Regex Anchored();

    /// <summary>
    /// <c>kể từ ngày người ra quyết định … cho ý kiến</c>, <c>kể từ ngày đoàn về nước</c>: a day named by an event; not the
    /// signing (<c>kể từ ngày ký</c>, <c>kể từ ngày Kế hoạch được ban hành</c>).
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?:ke tu|tinh tu)\s+(?:ngay\s+)?(?!\d|ngay\b|(?:\S+\s+){0,4}(?:ky|ban hanh)\b)[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex FromEventDay();

    /// <summary><c>(ngay) sau khi Đề án được phê duyệt</c>, up to the clause's end or a deadline cue.</summary>
    [GeneratedRegex(@"\b(?:ngay\s+)?sau\s+khi\b(?:(?!\b(?:truoc|cham nhat|den het)\b)[^,;.])*", RegexOptions.CultureInvariant)]
    private static partial Regex AfterEvent();

    /// <summary><c>7 ngày sau buổi thi cuối cùng</c>: counted from something other than the signing day.</summary>
    [GeneratedRegex(@"^\s*,?\s*sau\s+(?!ngay\s+(?:ky|ban hanh)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterSomething();
}
