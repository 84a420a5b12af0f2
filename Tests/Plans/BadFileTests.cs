using System.IO.Compression;
using System.Text;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>A file that cannot be read as a plan gives a clear <see cref="PlanReadException"/>: no crash, no hang.</summary>
[TestClass]
public sealed class BadFileTests
{
    [TestMethod]
    public void An_empty_file_is_refused() =>
        AssertRefused([], "plan.txt", PlanMessages.Empty("plan.txt"));

    [TestMethod]
    public void A_blank_text_is_refused() =>
        AssertRefused(Encoding.UTF8.GetBytes(" \n\n \t\n"), "plan.txt", PlanMessages.NoText("plan.txt"));

    [TestMethod]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x7F;

        AssertRefused(bytes, "plan.txt", PlanMessages.Binary("plan.txt"));
    }

    [TestMethod]
    public void Text_in_another_encoding_than_UTF8_is_refused() =>
        AssertRefused([0x4B, 0xC3, 0x28, 0x48, 0x4F, 0x41, 0x43, 0x48], "plan.txt", PlanMessages.NotUtf8("plan.txt"));

    [TestMethod]
    public void A_50_MB_text_is_refused_before_it_is_read_through()
    {
        using var huge = new RepeatingStream(Encoding.UTF8.GetBytes("- Thời gian thực hiện: Quý IV năm 2022.\n"), 50L * 1024 * 1024);

        var error = Assert.ThrowsExactly<PlanReadException>(() => PlanImporter.Default.Import(huge, "huge.txt"));

        Assert.AreEqual(PlanMessages.TooLarge("huge.txt", PlanImporter.DefaultMaxBytes), error.Message);
        Assert.IsLessThan(PlanImporter.DefaultMaxBytes + (1024 * 1024), huge.Position, "it stops reading past the cap");
    }

    [TestMethod]
    public void A_megabyte_on_one_line_without_punctuation_is_read_in_pieces_and_yields_no_tasks()
    {
        var words = new[] { "Giao", "Sở", "Nội", "vụ", "chủ", "trì", "phối", "hợp", "với", "báo", "cáo", "UBND", "Định", "kỳ", "các" };
        var random = new Random(3);
        var line = string.Join(' ', Enumerable.Range(0, 150_000).Select(_ => words[random.Next(words.Length)]));

        var import = PlanText.Import(line);

        Assert.IsEmpty(import.Tasks);
        CollectionAssert.Contains(import.Warnings.ToList(), PlanMessages.NoTasks);
    }

    [TestMethod]
    public void A_docx_that_is_not_a_Word_document_is_refused() =>
        AssertRefused(Encoding.UTF8.GetBytes("KẾ HOẠCH\nI. MỤC ĐÍCH"), "plan.docx", PlanMessages.NotWord("plan.docx"));

    [TestMethod]
    public void A_zip_that_is_not_a_Word_document_is_refused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            entry.Write("not a document");
        }

        AssertRefused(zip.ToArray(), "plan.docx", PlanMessages.NotWord("plan.docx"));
    }

    [TestMethod]
    public void An_old_binary_doc_is_refused_with_advice_to_save_as_docx() =>
        AssertRefused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "plan.doc", PlanMessages.OldWordFormat("plan.doc"));

    [TestMethod]
    public void A_PDF_without_a_text_layer_is_refused() =>
        AssertRefused(PdfBuilder.WithoutText(), "scan.pdf", PlanMessages.NoTextLayer("scan.pdf"));

    [TestMethod]
    public void A_scanned_PDF_is_refused_as_an_image_with_no_text_to_read() =>
        AssertRefused(PdfBuilder.ScannedPage(), "scan.pdf", PlanMessages.ScannedImage("scan.pdf"));

    [TestMethod]
    public void A_broken_PDF_is_refused()
    {
        var pdf = SampleFiles.Bytes("000_fae38e40f0f29f03.txt", SampleFiles.Pdf).AsSpan(0, 2000).ToArray();

        AssertRefused(pdf, "broken.pdf", PlanMessages.NotPdf("broken.pdf"));
    }

    [TestMethod]
    public void A_file_named_pdf_that_holds_no_PDF_is_refused() =>
        AssertRefused(Encoding.UTF8.GetBytes("hello"), "plan.pdf", PlanMessages.NotPdf("plan.pdf"));

    private static void AssertRefused(byte[] bytes, string fileName, string message)
    {
        var error = Assert.ThrowsExactly<PlanReadException>(() => PlanText.Import(bytes, fileName));

        Assert.AreEqual(message, error.Message);
    }

    /// <summary>A long stream of one repeated line, produced as it is read (no 50 MB buffer in the test).</summary>
    private sealed class RepeatingStream(byte[] line, long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = line[(Position + i) % line.Length];
            }

            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
