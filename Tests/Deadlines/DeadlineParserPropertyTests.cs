using DeadlineBot.Core.Deadlines;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Deadlines;

/// <summary>
/// Properties over arbitrary input: plain random strings, and jumbles of real deadline words, numbers, separators
/// and Unicode junk (combining marks, lone surrogates, emoji, NBSP), with any issue date.
/// </summary>
[TestClass]
public sealed class DeadlineParserPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static readonly string[] Words =
    [
        "Quý", "quý", "IV", "III", "II", "I", "năm", "Năm", "tháng", "Tháng", "ngày", "trước", "Trước", "từ", "Từ", "đến", "hết",
        "giai đoạn", "hằng", "hàng", "h ng", "định kỳ", "lần", "/lần", "một lần", "Ít nhất", "những năm tiếp theo", "Thường xuyên",
        "duy trì", "6 tháng đầu năm", "cuối năm", "kể từ ngày ban hành", "trong", "không quá", "ngày làm việc", "Sau", "năm sau",
        "và", ",", ";", ":", "/", "-", "–", ".", "./.", "(", ")", "  ", "\u00A0", "\u0301", "\u0323", "\uD800", "\uDC00", "😀",
        "0", "00", "1", "2", "4", "5", "9", "12", "13", "29", "30", "31", "32", "99", "2021", "2022", "2025", "1899", "2199", "9999",
    ];

    private static Gen<string> Jumble =>
        Gen.Elements(Words).ListOf().Select(parts => string.Join(" ", parts))
            .Or(Gen.Elements(Words).ListOf().Select(parts => string.Concat(parts)));

    private static Gen<DateOnly> AnyIssueDate =>
        Gen.Frequency(
            (4, Gen.Choose(new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber)),
            (1, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)))
        .Select(DateOnly.FromDayNumber);

    private static Arbitrary<(string Text, DateOnly Issued)> Inputs =>
        Arb.From(Gen.Zip(Gen.OneOf(Jumble, ArbMap.Default.GeneratorFor<string>()), AnyIssueDate));

    [TestMethod]
    public void Parsing_never_throws_and_always_says_why_when_it_reads_nothing() =>
        Prop.ForAll(Inputs, input =>
        {
            var result = DeadlineParser.Default.Parse(input.Text, input.Issued);
            return result.Text is not null && (result.IsUnderstood || result.Warnings.Count > 0);
        }).Check(Runs);

    [TestMethod]
    public void A_range_never_ends_before_it_starts() =>
        Prop.ForAll(Inputs, input =>
            DeadlineParser.Default.Parse(input.Text, input.Issued).Schedules
                .Where(s => s.Kind == ScheduleKind.Range)
                .All(s => s.Start is { } start && s.Due is { } due && due >= start)).Check(Runs);

    [TestMethod]
    public void A_null_text_reads_as_nothing_with_a_warning()
    {
        var result = DeadlineParser.Default.Parse(null, new DateOnly(2022, 1, 1));

        Assert.AreEqual(string.Empty, result.Text);
        Assert.IsFalse(result.IsUnderstood);
        Assert.HasCount(1, result.Warnings);
    }
}
