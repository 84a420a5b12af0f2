using System.Globalization;
using System.IO.Compression;
using System.Text;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Plans.Lines;
using DeadlineBot.Core.Plans.Reading;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// A document can cost only bounded work: a zip bomb, a 20 MB single line and a PDF of 100,000 pages are refused
/// with a clear message before they are read, long lines are cut in linear time, and a cancelled import stops.
/// The work is measured in bytes allocated on the test's thread, not in seconds: a refusal that read the document,
/// or a cut that copied the rest of the line each time, would allocate many times the bounds below, and the count
/// does not depend on how loaded the machine is.
/// </summary>
[TestClass]
public sealed class BoundedWorkTests
{
    private const long MB = 1024 * 1024;

    [TestMethod]
    public void A_small_docx_whose_text_inflates_to_40_MB_is_refused_before_it_is_read()
    {
        var bomb = ZipBomb(40 * 1024 * 1024);
        Assert.IsLessThan(200 * 1024, bomb.Length, "the bomb itself is small");

        var (error, allocated) = Refused(bomb, "bomb.docx");

        Assert.AreEqual(PlanMessages.TooLargeUnpacked("bomb.docx", ReadLimits.Default.MaxUnpackedBytes), error.Message);
        Assert.IsTrue(error.TooLarge);
        Assert.IsLessThan(16 * MB, allocated, "the 40 MB of text is never inflated");
    }

    [TestMethod]
    public void A_20_MB_text_on_a_single_line_is_refused_for_its_length_quickly()
    {
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kiện toàn tổ chức bộ máy ", 560_000)));
        Assert.IsGreaterThan(19_000_000, line.Length);

        var (error, allocated) = Refused(line, "line.txt");

        Assert.AreEqual(PlanMessages.TooMuchText("line.txt", ReadLimits.Default.MaxCharacters), error.Message);
        Assert.IsTrue(error.TooLarge);
        // Decoding it once costs about 3.6 times its bytes (measured 70 MB); splitting and reading it would cost many more.
        Assert.IsLessThan(6L * line.Length, allocated, "the line is decoded once at most, never split or read");
    }

    [TestMethod]
    [DataRow(' ')]
    [DataRow('x')]
    public void Cutting_a_20_million_character_line_is_linear(char filler)
    {
        var line = string.Create(20_000_000, filler, (span, c) =>
        {
            span.Fill('a');
            for (var i = 97; i < span.Length; i += 97)
            {
                span[i] = c;
            }
        });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var pieces = LineCleaner.Split(line).ToList();

        // Linear: the pieces hold the line's 40 MB (UTF-16) once, plus the list. Copying the remainder at every cut
        // would allocate about (line length)² / (2 × piece length) characters: terabytes here.
        Assert.IsLessThan(3L * sizeof(char) * line.Length, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.AreEqual(line, string.Concat(pieces));
        Assert.IsTrue(pieces.All(p => p.Length <= ParagraphJoiner.LongestParagraph));
    }

    [TestMethod]
    public void A_PDF_of_100000_pages_is_refused_without_reading_its_pages()
    {
        var pdf = ManyPages(100_000);

        var (error, allocated) = Refused(pdf, "pages.pdf");

        Assert.AreEqual(PlanMessages.TooManyPages("pages.pdf", 100_000, ReadLimits.Default.MaxPages), error.Message);
        // Opening it builds the page tree, about 725 bytes a page (measured 72 MB); reading 100,000 pages would cost far more.
        Assert.IsLessThan(150 * MB, allocated, "no page is read");
    }

    [TestMethod]
    [DataRow(SampleFiles.Text)]
    [DataRow(SampleFiles.Word)]
    [DataRow(SampleFiles.Pdf)]
    public void A_cancelled_import_stops(string format)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var content = new MemoryStream(SampleFiles.Bytes(SampleFiles.Names[0], format));

        Assert.ThrowsExactly<OperationCanceledException>(() => PlanImporter.Default.Import(content, "plan.bin", cancelled.Token));
    }

    /// <summary>The refusal, and the bytes allocated on this thread while reaching it.</summary>
    private static (PlanReadException Error, long Allocated) Refused(byte[] bytes, string fileName)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.ThrowsExactly<PlanReadException>(() => PlanText.Import(bytes, fileName));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (error, allocated);
    }

    /// <summary>A .docx whose one text run is <paramref name="letters"/> letters: a few kilobytes that inflate to megabytes.</summary>
    private static byte[] ZipBomb(int letters)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open());
            document.Write("""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>""");
            var chunk = new string('a', 1024 * 1024);
            for (var written = 0; written < letters; written += chunk.Length)
            {
                document.Write(chunk);
            }

            document.Write("</w:t></w:r></w:p></w:body></w:document>");
        }

        return file.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var entry = new StreamWriter(zip.CreateEntry(name).Open());
        entry.Write(text);
    }

    /// <summary>A PDF whose page tree lists one empty page <paramref name="count"/> times.</summary>
    private static byte[] ManyPages(int count)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Count {count} /Kids [{string.Concat(Enumerable.Repeat("3 0 R ", count))}] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
