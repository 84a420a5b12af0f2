namespace DeadlineBot.Core.Deadlines;

/// <summary>What a deadline text asks for: one date, a span, a repetition, or open-ended work.</summary>
public enum ScheduleKind
{
    /// <summary>One deadline: <c>trước ngày 31/3/2022</c>, <c>Quý IV năm 2022</c>.</summary>
    Due,

    /// <summary>A start and a deadline: <c>Từ quý III/2021 đến hết quý II/2025</c>.</summary>
    Range,

    /// <summary>Repeats: <c>hằng năm</c>, <c>2 năm/lần</c>, <c>Định kỳ trước ngày 05 tháng 12 hằng năm</c>.</summary>
    Recurring,

    /// <summary>No deadline, maybe a start: <c>Thường xuyên</c>, <c>Từ Quý II năm 2021</c>.</summary>
    Ongoing,
}
