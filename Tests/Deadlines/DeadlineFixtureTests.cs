using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// The deadline fixtures as tables, one test per row: the shared seed rows read from the sample plans, and the
/// phrasings collected from real plans and reporting rules of other provinces and ministries, and the usual
/// plan-table variants of those forms (lists of quarters and months, several days a year, imprecise periods).
/// </summary>
[TestClass]
public sealed class DeadlineFixtureTests
{
    public static IEnumerable<object[]> SeedRows => DeadlineExpectation.Load(Path.Combine("Fixtures", "Seed", "seed-deadlines.tsv"));

    public static IEnumerable<object[]> RealPhrasings => DeadlineExpectation.Load(Path.Combine("Fixtures", "Deadlines", "real-phrasings.tsv"));

    public static IEnumerable<object[]> TypicalForms => DeadlineExpectation.Load(Path.Combine("Fixtures", "Deadlines", "typical-forms.tsv"));

    [TestMethod]
    [DynamicData(nameof(SeedRows))]
    public void Each_seed_phrase_reads_as_its_expected_schedule(DeadlineExpectation row) => AssertReads(row);

    [TestMethod]
    [DynamicData(nameof(RealPhrasings))]
    public void Each_real_phrase_reads_as_its_expected_schedule(DeadlineExpectation row) => AssertReads(row);

    [TestMethod]
    [DynamicData(nameof(TypicalForms))]
    public void Each_typical_plan_table_form_reads_as_its_expected_schedule(DeadlineExpectation row) => AssertReads(row);

    private static void AssertReads(DeadlineExpectation row)
    {
        var result = DeadlineParser.Default.Parse(row.Text, row.Issued);

        Assert.IsTrue(row.IsMetBy(result), $"{row} → {DeadlineExpectation.Describe(result)}");
    }
}
