namespace DeadlineBot.Core.Plans.Reading;

/// <summary>Tells a document's kind from its magic bytes; refuses what no reader can take (old .doc, other binaries).</summary>
internal static class DocumentSniffer
{
    private const int PdfSearch = 1024;
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DocumentKind Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var head = content[..Math.Min(content.Length, PdfSearch)];
        if (head.IndexOf(Pdf) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (content.StartsWith(Zip))
        {
            return DocumentKind.Word;
        }

        if (content.StartsWith(OleCompound))
        {
            throw new PlanReadException(PlanMessages.OldWordFormat(fileName));
        }

        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new PlanReadException(PlanMessages.NotWord(fileName));
        }

        if (extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new PlanReadException(PlanMessages.NotPdf(fileName));
        }

        return DocumentKind.Text;
    }
}
