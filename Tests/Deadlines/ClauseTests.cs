using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// Clauses of running text, one test per row: the parser gives exactly the schedules a clause sets and nothing for
/// the dates it only mentions. A row still marked <c>todo</c> must still be misread, so that a fix updates its mark.
/// </summary>
[TestClass]
public sealed class ClauseTests
{
    public static IEnumerable<object[]> Clauses => ClauseExpectation.Load(Path.Combine("Fixtures", "Deadlines", "prose-clauses.tsv"));

    [TestMethod]
    [DynamicData(nameof(Clauses))]
    public void Each_clause_sets_exactly_its_schedules(ClauseExpectation row)
    {
        var result = DeadlineParser.Default.Parse(row.Text, row.Issued);

        var met = row.IsMetBy(result);

        Assert.AreEqual(!row.Todo, met, $"{(row.Todo ? "todo row now read right, mark it ok" : "misread")}: {row} → {ClauseExpectation.Describe(result)}");
    }
}
