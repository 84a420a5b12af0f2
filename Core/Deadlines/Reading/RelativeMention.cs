namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>A deadline counted from a date: <c>trong 30 ngày làm việc</c>, <c>không quá 2 tháng kể từ ngày ban hành</c>.</summary>
internal sealed record RelativeMention(int Start, int End, DateOnly Due) : Mention(Start, End);
