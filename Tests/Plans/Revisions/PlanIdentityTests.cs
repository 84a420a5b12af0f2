using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans.Revisions;

/// <summary>A plan has the same identity whatever format it was read from, and another plan has another.</summary>
[TestClass]
public sealed class PlanIdentityTests
{
    [TestMethod]
    [DataRow("000_fae38e40f0f29f03", 2)]
    [DataRow("001_241023ceb20e6f40", 2)]
    [DataRow("002_13ade7dd27d1dbae", 1)]
    [DataRow("003_524c104fcb22be71", 1)]
    [DataRow("004_ba5b8fd20c499393", 1)]
    public void The_text_the_Word_file_and_both_PDFs_of_a_sample_have_the_same_identities(string sample, int keys)
    {
        var fromText = PlanIdentity.Keys(Import(Path.Combine("Fixtures", "Samples", sample + ".txt")));
        Assert.HasCount(keys, fromText);
        foreach (var file in new[] { "Samples/" + sample + ".docx", "Samples/" + sample + ".pdf", "LibreOffice/" + sample + ".pdf" })
        {
            CollectionAssert.AreEqual(fromText.ToArray(), PlanIdentity.Keys(Import(Path.Combine("Fixtures", "Plans", file))).ToArray(), file);
        }
    }

    [TestMethod]
    public void Two_samples_share_no_identity()
    {
        var first = PlanIdentity.Keys(Import(Path.Combine("Fixtures", "Samples", "001_241023ceb20e6f40.txt")));
        var other = PlanIdentity.Keys(Import(Path.Combine("Fixtures", "Samples", "004_ba5b8fd20c499393.txt")));

        Assert.IsFalse(first.Intersect(other).Any());
    }

    [TestMethod]
    public void The_header_counts_only_with_number_issuer_and_date()
    {
        (string?, string?)[] tasks = [("1", "Tổ chức hội nghị")];

        Assert.HasCount(2, PlanIdentity.Keys("168/KH-UBND", "UBND tỉnh Hà Giang", new DateOnly(2021, 5, 31), tasks));
        Assert.HasCount(1, PlanIdentity.Keys(null, "UBND tỉnh Hà Giang", new DateOnly(2021, 5, 31), tasks));
        Assert.AreEqual(
            PlanIdentity.Keys("168/KH-UBND", "UBND tỉnh Hà Giang", new DateOnly(2021, 5, 31), [])[0],
            PlanIdentity.Keys("168 / KH-UBND", "UBND  tỉnh Hà Giang", new DateOnly(2021, 5, 31), [])[0]);
    }

    [TestMethod]
    public void Only_the_opening_words_of_a_title_count()
    {
        var whole = PlanIdentity.Keys(null, null, null, [("II.5.b", "Đầu tư nghiên cứu, thực hiện các đề tài khoa học cấp tỉnh về nông nghiệp")]);
        var cut = PlanIdentity.Keys(null, null, null, [("II.5.b", "Đầu tư nghiên cứu, thực hiện các đề tài khoa học cấp tỉnh")]);
        var other = PlanIdentity.Keys(null, null, null, [("II.5.c", "Đầu tư nghiên cứu, thực hiện các đề tài khoa học cấp tỉnh")]);

        CollectionAssert.AreEqual(whole.ToArray(), cut.ToArray());
        CollectionAssert.AreNotEqual(whole.ToArray(), other.ToArray());
    }

    private static PlanImport Import(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relative);
        using var file = File.OpenRead(path);
        return PlanImporter.Default.Import(file, Path.GetFileName(path));
    }
}
