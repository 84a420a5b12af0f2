using System.Security.Cryptography;
using DeadlineBot.Core.Plans.Reading.Pdf;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Reads a plan file of any supported kind into cleaned-up lines. Enforces the size cap before reading the rest and
/// the other <see cref="ReadLimits"/> while reading, tells the kind from the content, and turns every way a file can
/// be unreadable into a <see cref="PlanReadException"/>.
/// </summary>
internal static class PlanDocumentReader
{
    /// <summary>The document's kind, its lines, and the SHA-256 of its bytes (lower-case hex), which identifies it.</summary>
    public static (DocumentKind Kind, IReadOnlyList<string> Lines, string Hash) Read(
        Stream content, string fileName, ReadLimits limits, CancellationToken cancellationToken)
    {
        var bytes = ReadCapped(content, fileName, limits.MaxBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            throw new PlanReadException(PlanMessages.Empty(fileName));
        }

        var kind = DocumentSniffer.Detect(bytes.Span, fileName);
        var lines = kind switch
        {
            DocumentKind.Pdf => PdfExtractor.Read(bytes, fileName, limits, cancellationToken),
            DocumentKind.Word => WordExtractor.Read(bytes, fileName, limits, cancellationToken),
            _ => PlainTextExtractor.Read(bytes, fileName),
        };
        if (lines.Sum(l => (long)l.Length) > limits.MaxCharacters)
        {
            throw new PlanReadException(PlanMessages.TooMuchText(fileName, limits.MaxCharacters)) { TooLarge = true };
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw new PlanReadException(PlanMessages.NoText(fileName));
        }

        return (kind, lines, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)));
    }

    private static ReadOnlyMemory<byte> ReadCapped(Stream content, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new PlanReadException(PlanMessages.TooLarge(fileName, maxBytes)) { TooLarge = true };
            }
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
