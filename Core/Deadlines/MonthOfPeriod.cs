namespace DeadlineBot.Core.Deadlines;

/// <summary>Which month of each quarter a quarterly repetition falls in: <c>tháng đầu quý</c>, <c>tháng cuối quý</c>.</summary>
public enum MonthOfPeriod
{
    /// <summary><c>ngày 10 của tháng đầu quý</c>: January, April, July, October.</summary>
    First,

    /// <summary><c>ngày 18 của tháng cuối quý</c>: March, June, September, December.</summary>
    Last,
}
