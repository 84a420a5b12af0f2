using UglyToad.PdfPig;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Reads the text layer of a PDF into lines, page by page (<see cref="PdfPageReader"/>). A PDF without text (a scan)
/// is refused with a clear message; a damaged one too.
/// </summary>
internal static class PdfExtractor
{
    public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> content, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            var reader = new PdfPageReader();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                reader.Read(page);
            }

            var lines = reader.Finish();

            if (letters == 0)
            {
                throw new PlanReadException(PlanMessages.NoTextLayer(fileName));
            }

            return lines;
        }
        catch (Exception e) when (e is not (PlanReadException or OutOfMemoryException))
        {
            // PdfPig reports damaged files with many exception types; all of them mean "not a readable PDF".
            throw new PlanReadException(PlanMessages.NotPdf(fileName), e);
        }
    }
}
