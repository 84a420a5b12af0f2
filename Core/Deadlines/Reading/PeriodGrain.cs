namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>How much of the calendar a <see cref="PeriodMention"/> names.</summary>
internal enum PeriodGrain
{
    Date,
    Month,
    Quarter,
    Half,
    Year,
}
