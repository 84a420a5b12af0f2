using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>An import that lost part of its document says so first, in words staff understand, and is not complete.</summary>
[TestClass]
public sealed class IncompleteImportTests
{
    private const string FirstTask = """
        Số: 12/KH-UBND

        Hà Giang, ngày 31 tháng 5 năm 2021

        II. NHIỆM VỤ

        1. Kiện toàn tổ chức bộ máy

        - Cơ quan thực hiện: Sở Nội vụ chủ trì.

        - Thời gian thực hiện: Quý IV năm 2022.
        """;

    [TestMethod]
    public void Deadline_lines_that_became_no_task_make_the_import_incomplete()
    {
        // Items whose numbers were lost (as a PDF reader that drops list numbers loses them) run into the first item.
        var text = FirstTask + """


            Rà soát quy chế hoạt động

            - Cơ quan thực hiện: Sở Tài chính chủ trì.

            - Thời gian thực hiện: Quý I năm 2022.

            Ban hành kế hoạch truyền thông

            - Cơ quan thực hiện: Sở Thông tin và Truyền thông chủ trì.

            - Thời gian thực hiện: Quý II năm 2022.
            """;

        var import = PlanText.Import(text);

        Assert.IsFalse(import.IsComplete);
        Assert.AreEqual(PlanMessages.FewerTasksThanDeadlines(3, 1), import.Warnings[0]);
        CollectionAssert.AreEqual(import.Problems.ToList(), import.Warnings.Take(import.Problems.Count).ToList());
    }

    [TestMethod]
    public void Appendix_rows_that_match_no_body_task_make_the_import_incomplete()
    {
        var text = FirstTask + """


            Phụ lục

            STT	Nội dung công việc	Cơ quan chủ trì	Cơ quan phối hợp	Thời gian hoàn thành
            1	Ban hành văn hiệp các bản	Sở Tài chính	Sở Nội vụ	Ghi chú
            2	Xây dựng đề án thành lập hội	Sở Xây dựng	Sở Nội vụ	Quý I năm 2022
            """;

        var import = PlanText.Import(text);

        Assert.IsFalse(import.IsComplete);
        Assert.AreEqual(PlanMessages.AppendixUnmatched(2, 2), import.Warnings[0]);
    }

    [TestMethod]
    public void A_PDF_whose_text_has_no_Vietnamese_letter_is_read_in_an_unusual_font_encoding()
    {
        // TCVN3 text shown through a font with no Unicode map reads as Latin letters without a single Vietnamese one
        // (over pages, so that the running header, which is Unicode, is left out).
        var garbled = string.Join("\n\n", Enumerable.Repeat("Thùc hiÖn KÕt luËn sè 93 cña Ban BÝ th­, UBND tØnh ban hµnh KÕ ho¹ch thùc hiÖn nh­ sau", 80));

        var import = PlanText.Import(PdfBuilder.Build(garbled), "plan.pdf");

        Assert.IsFalse(import.IsComplete);
        Assert.AreEqual(PlanMessages.NoVietnameseLetters, import.Warnings[0], string.Join(" | ", import.Warnings));
    }

    [TestMethod]
    public void Unreadable_characters_make_the_import_incomplete()
    {
        var import = PlanText.Import(string.Concat(Enumerable.Repeat("II. NHIỆM VỤ \ufffd\ufffd\ufffd\ue001\ue002\n\n", 20)));

        Assert.IsFalse(import.IsComplete);
        StringAssert.StartsWith(import.Warnings[0], "CÓ THỂ ĐỌC SAI");
    }

    [TestMethod]
    [DataRow(SampleFiles.Text)]
    [DataRow(SampleFiles.Word)]
    [DataRow(SampleFiles.Pdf)]
    [DataRow(SampleFiles.LibreOfficePdf)]
    public void The_sample_plans_are_read_completely(string format)
    {
        foreach (var sample in SampleFiles.Names)
        {
            var import = SampleFiles.Import(sample, format);

            Assert.IsTrue(import.IsComplete, $"{sample}: {string.Join(" | ", import.Problems)}");
        }
    }
}
