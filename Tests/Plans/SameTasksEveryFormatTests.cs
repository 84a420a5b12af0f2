using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Plans.Reading;

namespace DeadlineBot.Tests.Plans;

/// <summary>The same plan gives the same header, tasks and conflicts whether it arrives as text, Word or PDF.</summary>
[TestClass]
public sealed class SameTasksEveryFormatTests
{
    public static IEnumerable<object[]> Samples => SampleFiles.Names.Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void A_Word_copy_of_a_sample_gives_the_same_tasks_as_its_text(string sample) =>
        AssertSameTasks(SampleFiles.Import(sample, SampleFiles.Text), SampleFiles.Import(sample, SampleFiles.Word));

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void A_PDF_copy_of_a_sample_gives_the_same_tasks_as_its_text(string sample) =>
        AssertSameTasks(SampleFiles.Import(sample, SampleFiles.Text), SampleFiles.Import(sample, SampleFiles.Pdf), ReadBetterFromPdf(sample));

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void A_PDF_that_LibreOffice_printed_from_the_Word_copy_gives_the_same_tasks_as_its_text(string sample) =>
        AssertSameTasks(SampleFiles.Import(sample, SampleFiles.Text), SampleFiles.Import(sample, SampleFiles.LibreOfficePdf), ReadBetterFromPdf(sample));

    /// <summary>
    /// Sample 004's text runs the next paragraph into II.5.b's title (a hard-wrapped line with no blank line before it), so
    /// the text gives no lead; a printed page shows the paragraph's end, and the PDF finds the lead.
    /// </summary>
    [TestMethod]
    [DataRow(SampleFiles.Pdf)]
    [DataRow(SampleFiles.LibreOfficePdf)]
    public void A_PDF_ends_the_paragraph_where_the_page_does(string format)
    {
        var task = SampleFiles.Import("004_ba5b8fd20c499393.txt", format).Task("II.5.b");

        Assert.EndsWith("đời sống và bảo vệ môi trường", task.Title);
        CollectionAssert.AreEqual(new[] { "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh" }, task.Lead.ToList());
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void The_committed_Word_and_PDF_copies_used_by_the_benchmark_give_the_same_tasks(string sample)
    {
        foreach (var extension in new[] { ".docx", ".pdf" })
        {
            var path = Path.Combine("Fixtures", "Plans", "Samples", Path.ChangeExtension(sample, extension));
            AssertSameTasks(SampleFiles.Import(sample, SampleFiles.Text), PlanText.Import(File.ReadAllBytes(path), path), extension == ".pdf" ? ReadBetterFromPdf(sample) : []);
        }
    }

    [TestMethod]
    [DataRow(SampleFiles.Text, DocumentKind.Text)]
    [DataRow(SampleFiles.Word, DocumentKind.Word)]
    [DataRow(SampleFiles.Pdf, DocumentKind.Pdf)]
    public void The_kind_is_told_from_the_content_not_the_name(string format, DocumentKind kind) =>
        Assert.AreEqual(kind, SampleFiles.Import(SampleFiles.Names[0], format).Kind);

    /// <summary>The one task a PDF reads better than the text it was made from (see the test above).</summary>
    private static string[] ReadBetterFromPdf(string sample) => sample.StartsWith("004", StringComparison.Ordinal) ? ["II.5.b"] : [];

    private static void AssertSameTasks(PlanImport expected, PlanImport actual, params string[] except)
    {
        static string Row(PlanTask t) =>
            $"{t.Ref} | {t.Title} | {string.Join("; ", t.Lead)} | {string.Join("; ", t.Cooperating)} | {t.ReportTo} | {t.DeadlineText}";

        var want = expected.Tasks.Where(t => !except.Contains(t.Ref)).Select(Row).ToList();
        var got = actual.Tasks.Where(t => !except.Contains(t.Ref)).Select(Row).ToList();
        CollectionAssert.AreEqual(want, got, $"\nexpected:\n{string.Join('\n', want.Except(got))}\nactual:\n{string.Join('\n', got.Except(want))}");
        Assert.AreEqual(expected.Plan, actual.Plan);
        CollectionAssert.AreEqual(expected.Conflicts.ToList(), actual.Conflicts.ToList());
    }
}
