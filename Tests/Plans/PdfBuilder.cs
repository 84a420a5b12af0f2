using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Builds a PDF with a text layer from a text plan, as a word processor would print it: DejaVu Sans (Vietnamese glyphs),
/// lines wrapped at the page width (the importer must join them back), a blank line's space between paragraphs.
/// Table rows are printed as plain lines: PDF keeps no table structure.
/// </summary>
internal static class PdfBuilder
{
    private const double FontSize = 10;
    private const double Leading = 13;
    private const double Margin = 50;
    private const int Width = 80;

    private static readonly Lazy<byte[]> Font = new(() => File.ReadAllBytes(Path.Combine("Fixtures", "Plans", "DejaVuSans.ttf")));

    public static byte[] Build(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(Font.Value);
        var page = builder.AddPage(PageSize.A4);
        var y = page.PageSize.Height - Margin;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace("**", string.Empty, StringComparison.Ordinal).Replace('\t', ' ').Trim();
            foreach (var wrapped in Wrap(line))
            {
                if (y < Margin)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = page.PageSize.Height - Margin;
                }

                if (wrapped.Length > 0)
                {
                    page.AddText(wrapped, FontSize, new PdfPoint(Margin, y), font);
                }

                y -= Leading;
            }
        }

        return builder.Build();
    }

    /// <summary>An empty page with a drawn frame and no text at all, like a scan without OCR.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        if (line.Length == 0)
        {
            yield return string.Empty;
            yield break;
        }

        var current = string.Empty;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > Width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : $"{current} {word}";
            }
        }

        yield return current;
    }
}
