namespace DeadlineBot.Core.Deadlines;

public enum RecurrenceUnit
{
    Year,
    Quarter,
    Month,
    Day,
}
