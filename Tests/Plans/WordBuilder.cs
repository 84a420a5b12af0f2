using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// Builds a .docx from a text plan the way a person would have typed it in Word: Markdown marks dropped, lines with no blank
/// line between them as one paragraph with line breaks, numbered items (<c>1.</c>, <c>2.</c>) as automatic numbering restarting
/// in each Roman section, <c>-</c> lines as a bulleted list, tab-separated rows as a bordered table whose first row repeats on
/// each page, and a running header and a page number on every page (<see cref="WordLayout"/>).
/// </summary>
internal static partial class WordBuilder
{
    private const int ItemsAbstract = 1;
    private const int BulletsAbstract = 2;
    private const int BulletsInstance = 999;

    public static byte[] Build(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var numbering = new Numbering(ItemsNumbering(), WordLayout.BulletNumbering(BulletsAbstract));
            numbering.AppendChild(new NumberingInstance(new AbstractNumId { Val = BulletsAbstract }) { NumberID = BulletsInstance });
            Table? table = null;
            var section = 0;
            Paragraph? previous = null;
            foreach (var raw in text.Split('\n'))
            {
                var line = Markdown().Replace(raw.TrimEnd('\r'), string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Trim();
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    table ??= body.AppendChild(WordLayout.Table(line.Split('\t').Length));
                    var row = table.AppendChild(new TableRow(line.Split('\t').Select(c => new TableCell(Paragraph(c.Trim())))));
                    if (table.Elements<TableRow>().Count() == 1)
                    {
                        row.PrependChild(new TableRowProperties(new TableHeader()));
                    }
                    continue;
                }

                table = null;
                if (line.Length == 0)
                {
                    previous = null;
                    continue;
                }

                if (previous is not null && !Item().IsMatch(line) && !Bullet().IsMatch(line))
                {
                    previous.AppendChild(new Run(new Break(), new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
                    continue;
                }

                if (Roman().IsMatch(line))
                {
                    section++;
                    numbering.AppendChild(new NumberingInstance(
                        new AbstractNumId { Val = ItemsAbstract },
                        new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
                    { NumberID = section });
                }

                var item = Item().Match(line);
                var bullet = Bullet().Match(line);
                if (bullet.Success)
                {
                    var paragraph = Paragraph(bullet.Groups["text"].Value);
                    paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletsInstance })));
                    previous = body.AppendChild(paragraph);
                }
                else if (item.Success && section > 0)
                {
                    var paragraph = Paragraph(item.Groups["text"].Value);
                    paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = 0 }, new NumberingId { Val = section })));
                    previous = body.AppendChild(paragraph);
                }
                else
                {
                    previous = body.AppendChild(Paragraph(line));
                }
            }

            WordLayout.AddHeaderAndPageNumbers(main, body);
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static AbstractNum ItemsNumbering() =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Decimal },
            new LevelText { Val = "%1." },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
        { AbstractNumberId = ItemsAbstract };

    [GeneratedRegex(@"^\s*#+\s*|\*")]
    private static partial Regex Markdown();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d{1,2}\.\s+(?<text>\S.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^-\s+(?<text>\S.*)$")]
    private static partial Regex Bullet();
}
