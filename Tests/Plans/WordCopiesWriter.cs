namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Writes the Word copies of the sample plans to the folder named by <c>DEADLINEBOT_WRITE_WORD_COPIES</c>, for
/// <c>scripts/pdf-fixtures.sh</c> to print them to PDF with LibreOffice; without that variable it writes nothing.
/// </summary>
[TestClass]
public sealed class WordCopiesWriter
{
    public const string Variable = "DEADLINEBOT_WRITE_WORD_COPIES";

    [TestMethod]
    public void Writes_the_Word_copies_when_asked()
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
        }

        Assert.AreEqual(SampleFiles.Names.Count, Directory.GetFiles(folder, "*.docx").Length);
    }
}
