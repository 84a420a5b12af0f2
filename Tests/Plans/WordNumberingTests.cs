using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeadlineBot.Tests.Plans;

/// <summary>Word's automatic numbering (Roman sections, numbered items, lettered sub-items) is written out as the labels a reader sees.</summary>
[TestClass]
public sealed class WordNumberingTests
{
    [TestMethod]
    public void Automatic_numbering_becomes_section_item_and_letter_refs()
    {
        var import = PlanText.Import(Document(
            (0, "NHIỆM VỤ, GIẢI PHÁP"),
            (1, "Củng cố tổ chức"),
            (2, "Kiện toàn bộ máy"),
            (-1, "- Cơ quan thực hiện: Sở Nội vụ chủ trì."),
            (2, "Phát triển hội thành viên"),
            (1, "Đầu tư trụ sở"),
            (-1, "- Thời gian thực hiện: Quý IV năm 2023.")), "plan.docx");

        CollectionAssert.AreEqual(new[] { "I.1.a", "I.1.b", "I.2" }, import.Tasks.Select(t => t.Ref).ToArray());
        Assert.AreEqual("Sở Nội vụ", import.Task("I.1.a").Lead.Single());
    }

    [TestMethod]
    public void Numbering_that_comes_with_a_heading_style_is_written_out_too()
    {
        var import = PlanText.Import(Document(
            (0, "NHIỆM VỤ, GIẢI PHÁP"),
            (-2, "Củng cố tổ chức"),
            (-1, "- Thời gian thực hiện: Quý IV năm 2023."),
            (-2, "Đầu tư trụ sở")), "plan.docx");

        CollectionAssert.AreEqual(new[] { "I.1", "I.2" }, import.Tasks.Select(t => t.Ref).ToArray());
    }

    /// <summary>A document whose paragraphs are numbered at a level (0–2), styled "Item" (−2, numbered by its style), or plain (−1).</summary>
    private static byte[] Document(params (int Level, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => Paragraph(p.Level, p.Text))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Item" }, new StyleParagraphProperties(new NumberingProperties(
                    new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 })))
                { StyleId = "Item", Type = StyleValues.Paragraph });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.UpperRoman, "%1."),
                    Level(1, NumberFormatValues.Decimal, "%2."),
                    Level(2, NumberFormatValues.LowerLetter, "%3)"))
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(int level, string text)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (level == -2)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Item" }));
        }
        else if (level >= 0)
        {
            paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(
                new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
        }

        return paragraph;
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
