using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>How <see cref="PeriodReader"/> reads months, and the parts of a month officials write.</summary>
internal static partial class PeriodReader
{
    private const int DayOfEarlyMonth = 10;
    private const int DayOfMidMonth = 20;

    private static void ReadMonths(MentionSink sink, Regex pattern)
    {
        foreach (var m in sink.Claim(pattern))
        {
            var month = Numbers.Of(m.Groups["m"]);
            if (!Valid(month, 1))
            {
                sink.Warn(DeadlineMessages.InvalidDate(sink.Written(m)));
                continue;
            }

            if (PartOfMonth(sink, m, month) is { } part)
            {
                sink.Add(part);
                continue;
            }

            if (IsImprecise(sink, m))
            {
                continue;
            }

            sink.Add(new PeriodMention(m.Index, End(m), sink.Written(m), PeriodGrain.Month, Numbers.OptionalOf(m.Groups["y"]), month));
        }
    }

    /// <summary>
    /// <c>đầu tháng 9/2023</c>, <c>giữa tháng 6</c>, <c>cuối tháng 6/2012</c>: as officials read them, day 10, day 20 and the
    /// month's last day, with a warning to check it (not <c>tuần đầu tháng 12</c>, which stays imprecise).
    /// </summary>
    private static PeriodMention? PartOfMonth(MentionSink sink, Match m, int month)
    {
        var before = sink.Text.AsSpan(0, m.Index).TrimEnd();
        var which = Words.EndsWithWord(before, "dau") ? "dau" : Words.EndsWithWord(before, "giua") ? "giua" : Words.EndsWithWord(before, "cuoi") ? "cuoi" : null;
        if (which is null || Words.EndsWithWord(before[..^which.Length].TrimEnd(), "tuan"))
        {
            return null;
        }

        var start = before.Length - which.Length;
        var written = sink.Written(start, End(m));
        var year = Numbers.OptionalOf(m.Groups["y"]);
        sink.Warn(DeadlineMessages.PartOfMonth(written, which switch { "dau" => DayOfEarlyMonth, "giua" => DayOfMidMonth, _ => null }));
        return which == "cuoi"
            ? new PeriodMention(start, End(m), written, PeriodGrain.Month, year, month)
            : new PeriodMention(start, End(m), written, PeriodGrain.Date, year, month, which == "dau" ? DayOfEarlyMonth : DayOfMidMonth);
    }

    /// <summary><c>đầu năm 2024</c>, <c>tuần đầu tháng 12</c> name no day: warned, not guessed.</summary>
    private static bool IsImprecise(MentionSink sink, Match m)
    {
        if (!Words.PrecededBy(sink.Text, m.Index, "dau", "giua"))
        {
            return false;
        }

        sink.Warn(DeadlineMessages.Imprecise(sink.Written(m)));
        return true;
    }
}
