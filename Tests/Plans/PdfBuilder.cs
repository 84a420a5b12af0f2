using UglyToad.PdfPig.Content;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Builds a PDF with a text layer from a text plan, as a word processor prints one (PdfPig's writer, DejaVu Sans for the
/// Vietnamese glyphs): list numbers (<c>1.</c>, <c>I.</c>) and bullets (<c>•</c> for <c>-</c>) as separate runs at the
/// indent with the text at a tab stop, wrapped lines under the text, a first-line indent for paragraphs, space between
/// paragraphs, a running header and <c>Trang N</c> on every page, and tab-separated rows as a ruled table that runs over
/// pages, its heading row repeated and a row broken by the page where it does not fit (<see cref="PdfPageWriter"/>).
/// </summary>
internal static partial class PdfBuilder
{
    private const int Width = 78;
    private const double Tab = 40;
    private const double Indent = 28;

    private static readonly Lazy<byte[]> Font = new(() => File.ReadAllBytes(Path.Combine("Fixtures", "Plans", "DejaVuSans.ttf")));

    public static byte[] Build(string text)
    {
        var builder = new PdfDocumentBuilder();
        var writer = new PdfPageWriter(builder, builder.AddTrueTypeFont(Font.Value));
        var table = new List<string[]>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace("**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal).TrimEnd('\r').Trim();
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                table.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
                continue;
            }

            writer.Table(table);
            table.Clear();
            if (line.Length > 0)
            {
                Paragraph(writer, line);
            }
        }

        writer.Table(table);
        return writer.Finish();
    }

    /// <summary>An empty page with a drawn frame and no text at all, like a scan without OCR.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }

    /// <summary>A page that holds only a picture of text, as a scanner without OCR makes it.</summary>
    public static byte[] ScannedPage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        page.AddPng(png, new PdfRectangle(50, 50, 545, 790));
        return builder.Build();
    }

    public static IEnumerable<string> Wrap(string line, int width)
    {
        var current = string.Empty;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
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

    /// <summary>A paragraph: a list number or bullet apart from its text (hanging indent), or text with a first-line indent.</summary>
    private static void Paragraph(PdfPageWriter writer, string line)
    {
        var marker = ListMarker().Match(line);
        if (marker.Success)
        {
            var label = marker.Groups["label"].Value == "-" ? "•" : marker.Groups["label"].Value;
            var indent = marker.Groups["label"].Value.Length > 0 && char.IsUpper(label[0]) ? 0 : Indent / 2;
            var wrapped = Wrap(marker.Groups["text"].Value, Width - 6).ToList();
            writer.Line([(indent, label), (indent + Tab, wrapped[0])]);
            foreach (var rest in wrapped.Skip(1))
            {
                writer.Line([(indent + Tab, rest)]);
            }
        }
        else
        {
            var wrapped = Wrap(line, Width).ToList();
            writer.Line([(Indent, wrapped[0])]);
            foreach (var rest in wrapped.Skip(1))
            {
                writer.Line([(0, rest)]);
            }
        }

        writer.ParagraphSpace();
    }

    [GeneratedRegex(@"^(?<label>[IVX]{1,5}\.|\d{1,2}\.|-|\+)\s+(?<text>\S.*)$")]
    private static partial Regex ListMarker();
}
