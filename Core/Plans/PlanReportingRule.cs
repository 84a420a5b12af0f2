namespace DeadlineBot.Core.Plans;

/// <summary>
/// A plan's own yearly reporting date (<c>Định kỳ trước ngày 05 tháng 12 hằng năm … báo cáo</c>): the text as written
/// and the day it names. Yearly tasks that name no day of their own fall due on it.
/// </summary>
public sealed record PlanReportingRule(string Text, int Month, int Day);
