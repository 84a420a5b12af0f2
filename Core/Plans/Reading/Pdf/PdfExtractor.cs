using UglyToad.PdfPig;

namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>
/// Reads the text layer of a PDF into lines by its layout: each page into text lines and ruled-table rows
/// (<see cref="PdfPageLayout"/>), running headers, footers and page numbers left out (<see cref="RunningLines"/>),
/// then written as a text plan's lines (<see cref="PdfLineWriter"/>). A PDF without text (a scan) is refused with a
/// clear message (a scanned image when its pages hold images); a damaged one too.
/// </summary>
internal static class PdfExtractor
{
    public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> content, string fileName, ReadLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            if (document.NumberOfPages > limits.MaxPages)
            {
                throw new PlanReadException(PlanMessages.TooManyPages(fileName, document.NumberOfPages, limits.MaxPages)) { TooLarge = true };
            }

            var pages = new List<PdfPageLayout>();
            var letters = 0;
            var images = 0;
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                letters += page.Letters.Count;
                images += page.NumberOfImages;
                pages.Add(PdfPageLayout.Read(page));
            }

            if (letters == 0)
            {
                throw new PlanReadException(images > 0 ? PlanMessages.ScannedImage(fileName) : PlanMessages.NoTextLayer(fileName));
            }

            var furniture = RunningLines.Find(pages);
            var writer = new PdfLineWriter();
            foreach (var page in pages)
            {
                writer.Write(page, furniture);
                if (writer.Length > limits.MaxCharacters)
                {
                    throw new PlanReadException(PlanMessages.TooMuchText(fileName, limits.MaxCharacters)) { TooLarge = true };
                }
            }

            return writer.Finish();
        }
        catch (Exception e) when (e is not (PlanReadException or OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports damaged files with many exception types; all of them mean "not a readable PDF".
            throw new PlanReadException(PlanMessages.NotPdf(fileName), e);
        }
    }
}
