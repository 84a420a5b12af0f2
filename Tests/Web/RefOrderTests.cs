using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Web;

[TestClass]
public sealed class RefOrderTests
{
    [TestMethod]
    public void Refs_sort_as_the_outline_runs()
    {
        string[] shuffled = ["II.10", "III.3", "II.4.b-10", "I.2", "II.3.đ", "II.4.b-2", "II.3.b", "IV.1", "II", "II.3.e", "II.1"];

        var sorted = shuffled.Order(RefOrder.Instance).ToList();

        CollectionAssert.AreEqual(new[] { "I.2", "II", "II.1", "II.3.b", "II.3.đ", "II.3.e", "II.4.b-2", "II.4.b-10", "II.10", "III.3", "IV.1" }, sorted);
    }
}
