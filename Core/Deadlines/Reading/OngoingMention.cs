namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Open-ended work: <c>thường xuyên</c>, <c>liên tục</c>, <c>duy trì</c>, <c>hằng ngày</c>.</summary>
internal sealed record OngoingMention(int Start, int End) : Mention(Start, End);
