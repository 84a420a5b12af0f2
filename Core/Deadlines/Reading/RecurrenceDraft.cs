namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>A recurrence being assembled from its mention and the day, start and end found around it.</summary>
internal sealed class RecurrenceDraft(RecurrenceMention mention)
{
    public RecurrenceMention Mention { get; } = mention;

    public int? Month { get; private set; }

    public int? Day { get; private set; }

    public bool HasPoint => Day is not null;

    public DateOnly? Start { get; set; }

    public DateOnly? Until { get; set; }

    public MonthOfPeriod? MonthOfPeriod { get; set; } = mention.MonthOfPeriod;

    /// <summary>Where in the folded text the recurrence and what it took from around it were read.</summary>
    public (int Start, int End) Extent { get; private set; } = (mention.Start, mention.End);

    /// <summary>Sets the day (and, for yearly or longer units, the month) each occurrence falls due.</summary>
    public void SetPoint(int? month, int day)
    {
        Month = Mention.Unit is RecurrenceUnit.Month or RecurrenceUnit.Day ? null : month;
        Day = day;
    }

    /// <summary>Widens <see cref="Extent"/> to take in <paramref name="mention"/>.</summary>
    public void Take(Mention mention) => Extent = (Math.Min(Extent.Start, mention.Start), Math.Max(Extent.End, mention.End));

    public Schedule ToSchedule() =>
        Schedule.Repeating(new Recurrence(Mention.Every, Mention.Unit, Month, Day, Until, MonthOfPeriod), Start);
}
