using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

[TestClass]
public sealed class ScheduleTests
{
    [TestMethod]
    public void A_range_due_before_its_start_is_refused() =>
        Assert.ThrowsExactly<ArgumentException>(() => Schedule.Between(new DateOnly(2022, 6, 30), new DateOnly(2022, 1, 1)));
}
