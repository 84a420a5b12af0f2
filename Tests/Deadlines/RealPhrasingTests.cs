using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// Deadline phrasings collected from real plans and reporting rules (the sample plans, other provinces' and
/// ministries' documents): each row of <c>Fixtures/Deadlines/real-phrasings.tsv</c> is one test.
/// </summary>
[TestClass]
public sealed class RealPhrasingTests
{
    public static IEnumerable<object[]> Rows => DeadlineExpectation.Load(Path.Combine("Fixtures", "Deadlines", "real-phrasings.tsv"));

    [TestMethod]
    [DynamicData(nameof(Rows))]
    public void Each_real_phrase_reads_as_its_expected_schedule(DeadlineExpectation row)
    {
        var result = DeadlineParser.Default.Parse(row.Text, row.Issued);

        Assert.IsTrue(row.IsMetBy(result), $"{row} → {DeadlineExpectation.Describe(result)}");
    }
}
