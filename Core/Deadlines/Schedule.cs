using System.Text.Json.Serialization;

namespace DeadlineBot.Core.Deadlines;

/// <summary>
/// One schedule read from a deadline text. <see cref="Start"/> and <see cref="Due"/> are calendar dates in
/// Asia/Ho_Chi_Minh; a range's due date is never before its start. <see cref="Span"/> says where in the text it was read;
/// it is provenance, not part of what the schedule means, so two schedules that differ only there are equal.
/// </summary>
public sealed record Schedule
{
    public Schedule(ScheduleKind kind, DateOnly? start = null, DateOnly? due = null, Recurrence? recurrence = null)
    {
        if (start is { } s && due is { } d && d < s)
        {
            throw new ArgumentException($"Due {d:yyyy-MM-dd} is before start {s:yyyy-MM-dd}.", nameof(due));
        }

        if (kind == ScheduleKind.Recurring && recurrence is null)
        {
            throw new ArgumentException("A recurring schedule needs a recurrence.", nameof(recurrence));
        }

        Kind = kind;
        Start = start;
        Due = due;
        Recurrence = recurrence;
    }

    public ScheduleKind Kind { get; }

    public DateOnly? Start { get; }

    public DateOnly? Due { get; }

    public Recurrence? Recurrence { get; }

    /// <summary>Where in the parsed text this schedule was read, when it came from a text.</summary>
    [JsonIgnore]
    public TextSpan? Span { get; init; }

    public bool Equals(Schedule? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && Due == other.Due && Equals(Recurrence, other.Recurrence);

    public override int GetHashCode() => HashCode.Combine(Kind, Start, Due, Recurrence);

    public static Schedule DueOn(DateOnly due) => new(ScheduleKind.Due, due: due);

    public static Schedule Between(DateOnly start, DateOnly due) => new(ScheduleKind.Range, start, due);

    public static Schedule Ongoing(DateOnly? start = null) => new(ScheduleKind.Ongoing, start);

    public static Schedule Repeating(Recurrence recurrence, DateOnly? start = null) =>
        new(ScheduleKind.Recurring, start, recurrence: recurrence);
}
