using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Reads a .docx into the same lines as a text plan: one line a paragraph, its automatic number written out,
/// and each table row as its cells joined by tabs. What the package unpacks to is checked first (<see cref="WordPackage"/>).
/// </summary>
internal static class WordExtractor
{
    public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> content, string fileName, ReadLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            WordPackage.CheckUnpackedSize(stream, fileName, limits.MaxUnpackedBytes, cancellationToken);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                throw new PlanReadException(PlanMessages.NotWord(fileName));
            }

            var numbering = new WordNumbering(main.NumberingDefinitionsPart, main.StyleDefinitionsPart);
            var lines = new List<string>();
            AddBlocks(body, numbering, lines, cancellationToken);
            return lines;
        }
        catch (Exception e) when (e is not (PlanReadException or OutOfMemoryException or OperationCanceledException))
        {
            // The Open XML SDK reports damaged packages with many exception types; all mean "not a readable .docx".
            throw new PlanReadException(PlanMessages.NotWord(fileName), e);
        }
    }

    private static void AddBlocks(OpenXmlElement container, WordNumbering numbering, List<string> lines, CancellationToken cancellationToken)
    {
        foreach (var element in container.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    var label = numbering.Label(paragraph);
                    var text = Text(paragraph, " ");
                    lines.AddRange((label is null ? text : $"{label} {text}").Split('\n'));
                    lines.Add(string.Empty);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(Cell)));
                    }

                    lines.Add(string.Empty);
                    break;
                case SdtBlock or SdtContentBlock:
                    AddBlocks(element, numbering, lines, cancellationToken);
                    break;
                default:
                    break;
            }
        }
    }

    private static string Cell(TableCell cell) =>
        string.Join(' ', cell.Elements<Paragraph>().Select(p => Text(p, " ")).Where(t => t.Length > 0))
            .Replace('\n', ' ');

    private static string Text(Paragraph paragraph, string tab)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(tab);
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
