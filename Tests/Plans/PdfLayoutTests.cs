using DeadlineBot.Core.Plans.Reading.Pdf;

namespace DeadlineBot.Tests.Plans;

/// <summary>
/// The PDF reader gives back the lines a text plan has: list numbers and bullets with their text, no running header or
/// page number, and a ruled table over pages as one row a line, however the pages cut it.
/// </summary>
[TestClass]
public sealed class PdfLayoutTests
{
    private static readonly string LongParagraph = string.Join(' ', Enumerable.Repeat("Tổ chức tuyên truyền, quán triệt đầy đủ nội dung kế hoạch.", 8));

    [TestMethod]
    public void A_list_number_or_bullet_set_apart_from_its_text_opens_the_line()
    {
        var lines = Read("II. NHIỆM VỤ\n\n1. Kiện toàn tổ chức bộ máy\n\n- Thời gian thực hiện: Quý IV năm 2022.\n\n+ Sở Nội vụ chủ trì.");

        CollectionAssert.IsSubsetOf(
            new[] { "II. NHIỆM VỤ", "1. Kiện toàn tổ chức bộ máy", "• Thời gian thực hiện: Quý IV năm 2022.", "+ Sở Nội vụ chủ trì." },
            lines.ToList());
    }

    [TestMethod]
    public void Running_headers_and_page_numbers_are_left_out()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"{i}. {LongParagraph}"));

        var lines = Read(text);

        Assert.IsFalse(lines.Any(l => l.Contains(PdfPageWriter.RunningHeader, StringComparison.Ordinal)), string.Join('\n', lines));
        Assert.IsFalse(lines.Any(l => l.StartsWith("Trang ", StringComparison.Ordinal)));
        Assert.AreEqual(40, lines.Count(l => l.EndsWith("nội dung kế hoạch.", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_paragraph_runs_on_across_a_page_break()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"{i}. {LongParagraph} {LongParagraph}"));

        var joined = Core.Plans.Lines.ParagraphJoiner.Join(Read(text).Select(Core.Plans.Lines.LineCleaner.Clean).ToList());

        Assert.AreEqual(12, joined.Count);
    }

    [TestMethod]
    public void A_ruled_table_over_pages_gives_one_line_a_row_with_its_heading_once()
    {
        var rows = Enumerable.Range(1, 30).Select(i => $"{i}\t{LongParagraph} Việc số {i}.\tSở Nội vụ\tQuý IV năm 2022");
        var text = "Phụ lục\n\nSTT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành\n" + string.Join('\n', rows);

        var lines = Read(text).Where(l => l.Contains('\t', StringComparison.Ordinal)).ToList();

        Assert.AreEqual(31, lines.Count, string.Join('\n', lines));
        Assert.AreEqual("STT\tNội dung công việc\tCơ quan chủ trì\tThời gian hoàn thành", lines[0]);
        for (var i = 1; i <= 30; i++)
        {
            Assert.AreEqual($"{i}\t{LongParagraph} Việc số {i}.\tSở Nội vụ\tQuý IV năm 2022", lines[i]);
        }
    }

    private static IReadOnlyList<string> Read(string text) => PdfExtractor.Read(PdfBuilder.Build(text), "plan.pdf", Core.Plans.Reading.ReadLimits.Default, CancellationToken.None);
}
