namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>A day without a month: <c>ngày 05</c> in <c>trước ngày 05 hằng tháng</c>.</summary>
internal sealed record DayOfMonthMention(int Start, int End, string Written, int Day) : Mention(Start, End);
