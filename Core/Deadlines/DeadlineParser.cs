using System.Text;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines.Reading;

namespace DeadlineBot.Core.Deadlines;

/// <summary>
/// Reads a Vietnamese administrative deadline text ("Quý IV năm 2022", "trước ngày 31/3/2022",
/// "Duy trì thực hiện hàng năm"), or a whole clause of running text, into the schedules it sets, each with the span it
/// was read from; dates a clause only mentions (cited documents, meetings, data cut-offs, effective dates, the period
/// a report covers) set nothing. Never throws on user text and never guesses a date: what it cannot read yields no
/// schedule and a warning saying so.
/// </summary>
public sealed class DeadlineParser
{
    private static readonly DateOnly LastSupportedIssue = new(9000, 12, 31);

    public DeadlineParser(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    public static DeadlineParser Default { get; } = new(WorkingCalendar.Default);

    public WorkingCalendar Calendar { get; }

    /// <summary>Parses <paramref name="text"/>; relative and year-less deadlines count from <paramref name="issued"/>.</summary>
    public DeadlineParseResult Parse(string? text, DateOnly issued)
    {
        var original = ToNfc(text ?? string.Empty);
        if (issued > LastSupportedIssue)
        {
            return new DeadlineParseResult(original, [], [DeadlineMessages.IssuedOutOfRange(issued), DeadlineMessages.NotUnderstood(original)], null);
        }

        var (inline, note) = ParenthesisSplitter.Split(original);
        var sink = new MentionSink(DeadlineNormalizer.Fold(inline), issued, Calendar);
        RecurrenceReader.Read(sink);
        RelativeReader.Read(sink);
        YearRangeReader.Read(sink);
        PeriodReader.Read(sink);
        OngoingReader.Read(sink);
        MentionedOnly.Remove(sink);
        var schedules = ScheduleBuilder.Build(sink);
        if (schedules.Count == 0)
        {
            sink.Warnings.Insert(0, DeadlineMessages.NotUnderstood(original));
        }

        return new DeadlineParseResult(original, schedules, sink.Warnings, JoinNotes(note, sink.Events));
    }

    private static string? JoinNotes(string? note, List<string> events) =>
        events.Count == 0 ? note : string.Join("; ", note is null ? events : events.Prepend(note));

    /// <summary>
    /// NFC when the text is valid Unicode; text with lone surrogates cannot be normalised and is kept as given.
    /// Text without combining marks is taken as NFC already (Vietnamese in NFD always has them).
    /// </summary>
    private static string ToNfc(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0300', '\u036F'))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
