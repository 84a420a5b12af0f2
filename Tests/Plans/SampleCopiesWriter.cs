namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Writes the Word and PDF copies the tests build of the sample plans to the folder named by
/// <c>DEADLINEBOT_WRITE_SAMPLE_COPIES</c>, for <c>scripts/pdf-fixtures.sh</c> to commit them for the benchmark and to print
/// the Word copies to PDF with LibreOffice; without that variable it writes nothing.
/// </summary>
[TestClass]
public sealed class SampleCopiesWriter
{
    public const string Variable = "DEADLINEBOT_WRITE_SAMPLE_COPIES";

    [TestMethod]
    public void Writes_the_Word_and_PDF_copies_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var sample in SampleFiles.Names)
        {
            File.WriteAllBytes(Path.Combine(folder, Path.ChangeExtension(sample, ".docx")), SampleFiles.Bytes(sample, SampleFiles.Word));
            File.WriteAllBytes(Path.Combine(folder, Path.ChangeExtension(sample, ".pdf")), SampleFiles.Bytes(sample, SampleFiles.Pdf));
        }

        Assert.AreEqual(SampleFiles.Names.Count, Directory.GetFiles(folder, "*.docx").Length);
    }
}
