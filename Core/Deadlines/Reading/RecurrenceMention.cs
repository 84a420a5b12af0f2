namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// A repetition: <c>hằng năm</c>, <c>2 năm/lần</c>, <c>định kỳ 6 tháng</c>; <see cref="FromYear"/> for
/// <c>năm 2021 và những năm tiếp theo</c>.
/// </summary>
internal sealed record RecurrenceMention(int Start, int End, int Every, RecurrenceUnit Unit, int? FromYear = null) : Mention(Start, End);
