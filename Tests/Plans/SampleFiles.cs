using System.Collections.Concurrent;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// The sample plans as text, as Word and PDF files built from the text once per test run, and as the PDFs LibreOffice
/// printed from the Word copies (committed, for the tests cannot count on LibreOffice).
/// </summary>
internal static class SampleFiles
{
    public const string Text = "txt";
    public const string Word = "docx";
    public const string Pdf = "pdf";

    /// <summary>The committed PDFs that LibreOffice printed from the Word copies (<c>scripts/pdf-fixtures.sh</c>).</summary>
    public const string LibreOfficePdf = "libreoffice.pdf";

    private static readonly ConcurrentDictionary<(string, string), PlanImport> Imports = new();

    public static IReadOnlyList<string> Names { get; } =
    [
        "000_fae38e40f0f29f03.txt", "001_241023ceb20e6f40.txt", "002_13ade7dd27d1dbae.txt",
        "003_524c104fcb22be71.txt", "004_ba5b8fd20c499393.txt",
    ];

    public static string TextOf(string sample) => File.ReadAllText(Path.Combine("Fixtures", "Samples", sample));

    public static byte[] Bytes(string sample, string format) => format switch
    {
        Word => WordBuilder.Build(TextOf(sample)),
        Pdf => PdfBuilder.Build(TextOf(sample)),
        LibreOfficePdf => File.ReadAllBytes(Path.Combine("Fixtures", "Plans", "LibreOffice", Path.ChangeExtension(sample, ".pdf"))),
        _ => File.ReadAllBytes(Path.Combine("Fixtures", "Samples", sample)),
    };

    /// <summary>The sample imported from the given format, under a name whose extension does not give the format away.</summary>
    public static PlanImport Import(string sample, string format) =>
        Imports.GetOrAdd((sample, format), key =>
        {
            using var stream = new MemoryStream(Bytes(key.Item1, key.Item2));
            return PlanImporter.Default.Import(stream, Path.ChangeExtension(key.Item1, ".bin"));
        });
}
