namespace DeadlineBot.Core.Deadlines;

/// <summary>
/// How a recurring schedule repeats: every <see cref="Every"/> <see cref="Unit"/>s, on
/// <see cref="Month"/>/<see cref="Day"/> when the text names them, until <see cref="Until"/> when it ends. A quarterly
/// repetition may name the month of the quarter it falls in (<see cref="MonthOfPeriod"/>); without it, the last.
/// </summary>
public sealed record Recurrence
{
    public Recurrence(int every, RecurrenceUnit unit, int? month = null, int? day = null, DateOnly? until = null, MonthOfPeriod? monthOfPeriod = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        if (day is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day is 1 to 31.");
        }

        Every = every;
        Unit = unit;
        Month = month;
        Day = day;
        Until = until;
        MonthOfPeriod = unit == RecurrenceUnit.Quarter ? monthOfPeriod : null;
    }

    public int Every { get; }

    public RecurrenceUnit Unit { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DateOnly? Until { get; }

    public MonthOfPeriod? MonthOfPeriod { get; }
}
