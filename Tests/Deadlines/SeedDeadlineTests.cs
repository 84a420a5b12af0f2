using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>Every row of the shared seed fixture, read from the sample plans, is one test.</summary>
[TestClass]
public sealed class SeedDeadlineTests
{
    public static IEnumerable<object[]> Rows => DeadlineExpectation.Load(Path.Combine("Fixtures", "shared", "seed-deadlines.tsv"));

    [TestMethod]
    [DynamicData(nameof(Rows))]
    public void Each_seed_phrase_reads_as_its_expected_schedule(DeadlineExpectation row)
    {
        var result = DeadlineParser.Default.Parse(row.Text, row.Issued);

        Assert.IsTrue(row.IsMetBy(result), $"{row} → {DeadlineExpectation.Describe(result)}");
    }
}
