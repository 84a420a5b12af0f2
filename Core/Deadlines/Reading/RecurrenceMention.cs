namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// A repetition: <c>hằng năm</c>, <c>2 năm/lần</c>, <c>định kỳ 6 tháng</c>; <see cref="FollowsPeriod"/> for
/// <c>(năm 2021) và những năm tiếp theo</c>, which starts with the period written before it; <see cref="MonthOfPeriod"/>
/// for <c>tháng cuối quý</c>.
/// </summary>
internal sealed record RecurrenceMention(int Start, int End, int Every, RecurrenceUnit Unit, bool FollowsPeriod = false, MonthOfPeriod? MonthOfPeriod = null)
    : Mention(Start, End);
