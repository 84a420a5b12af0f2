using System.Text;
using DeadlineBot.Core.Plans;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Plans;

/// <summary>User text never makes the importer throw anything but a <see cref="PlanReadException"/>.</summary>
[TestClass]
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "II. NHIỆM VỤ", "1. ", "a) ", "đ) ", "- ", "+ ", "Giao ", "chủ trì", "phối hợp với", "Sở KH&CN", "(", ")", ":", ";", ".",
        "Thời gian thực hiện:", "Cơ quan thực hiện:", "Định kỳ trước ngày 05 tháng 12 hằng năm, ", "báo cáo ", "Phụ lục", "\t",
        "STT\tNội dung\tCơ quan chủ trì\tThời gian", "Số: ", "/KH-UBND", ", ngày ", "tháng 13", "năm 2021", "\n", "\n\n", " ", "Quý V",
        "các Sở: ", "KẾ HOẠCH", "-", "Nơi nhận", "31/6/2022",
    ];

    [TestMethod]
    public void Any_mix_of_plan_fragments_imports_or_is_refused_cleanly()
    {
        var text = Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

        Prop.ForAll(text, Imports).QuickCheckThrowOnFailure();
    }

    private static bool Imports(string text)
    {
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return PlanImporter.Default.Import(stream, "fuzz.txt") is not null;
        }
        catch (PlanReadException)
        {
            return true;
        }
    }

    [TestMethod]
    [DataRow(SampleFiles.Word)]
    [DataRow(SampleFiles.Pdf)]
    public void A_damaged_Word_or_PDF_file_imports_or_is_refused_cleanly(string format)
    {
        var original = SampleFiles.Bytes("001_241023ceb20e6f40.txt", format);
        for (var seed = 1; seed <= 40; seed++)
        {
            var random = new Random(seed);
            var damaged = original.ToArray();
            for (var i = 0; i < 30; i++)
            {
                damaged[random.Next(16, damaged.Length)] = (byte)random.Next(256);
            }

            Assert.IsTrue(Imports(damaged, $"damaged.{format}"), $"seed {seed}");
        }
    }

    private static bool Imports(byte[] bytes, string fileName)
    {
        try
        {
            return PlanText.Import(bytes, fileName) is not null;
        }
        catch (PlanReadException)
        {
            return true;
        }
    }
}
