using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// How fast <see cref="DeadlineParser"/> reads deadline texts, per expression: the Op/s column is expressions
/// parsed per second on one core, Allocated is bytes per expression. A mix of the shapes plans use, from a bare
/// quarter to a long sentence with two schedules and a note; and, on their own, whole clauses of running text of
/// 300–600 characters (<see cref="ClauseSamples"/>, per clause). Run:
/// <c>dotnet run -c Release --project Benchmarks -- --filter '*DeadlineParser*' --job short --inProcess</c>
/// (in-process because the assembly name, DeadlineBot.Benchmarks, differs from the project's).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DeadlineParserBenchmarks
{
    private const int MixCount = 24;
    private const int ClauseCount = 10;

    private static readonly DateOnly ClausesIssued = new(2023, 11, 6);

    private static readonly DateOnly Issued = new(2021, 11, 29);

    private static readonly string[] Mix =
    [
        "Quý IV năm 2022.",
        "- Thời gian thực hiện hoàn thành, báo cáo UBND tỉnh: Từ quý III năm 2021 đến hết quý II năm 2025.",
        "trong quý II/2022.",
        "Thường xuyên.",
        "Duy trì thực hiện hàng năm.",
        "hoàn thành trước ngày 31/3/2022.",
        "Trước ngày 30/12/2022 (Ngay sau khi Đề án tổ chức bộ máy của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam được cơ quan thẩm quyền Trung ương phê duyệt).",
        "Thường xuyên hàng năm và theo yêu cầu cụ thể của cơ quan thẩm quyền.",
        "Tổ chức 02 Hội thi Sáng tạo kỹ thuật cấp tỉnh (2 năm/lần)",
        "Trong năm 2021 và những năm tiếp theo.",
        "Giai đoạn 2021 – 2025.",
        "Định kỳ trước ngày 05 tháng 12 h ng năm",
        "Trước ngày 31/6/2022.",
        "tháng 9 tới",
        "6 tháng đầu năm 2023",
        "từ tháng 9 đến hết tháng 12/2018",
        "không quá 2 tháng kể từ ngày ban hành văn bản này",
        "trong 30 ngày làm việc",
        "Báo cáo 06 tháng và hằng năm",
        "từ ngày 1 đến ngày 5 hằng tháng",
        "Thoi gian thuc hien: Quy IV nam 2022",
        "Trong  quý  III/2022 ./.",
        "Theo yêu cầu của cơ quan có thẩm quyền",
        "Bắt đầu tổ chức gặp mặt đội ngũ trí thức khoa học và công nghệ trí thức hàng năm nhân Ngày Khoa học và Công nghệ Việt Nam 18/5/2022 và Tổ chức tôn vinh trí thức khoa học và công nghệ tiêu biểu nhân Ngày Khoa học và Công nghệ Việt Nam 18/5/2023",
    ];

    private readonly DeadlineParser _parser = DeadlineParser.Default;

    [Benchmark(OperationsPerInvoke = MixCount)]
    public int ParseMix()
    {
        var schedules = 0;
        foreach (var text in Mix)
        {
            schedules += _parser.Parse(text, Issued).Schedules.Count;
        }

        return schedules;
    }

    [Benchmark]
    public int ParseQuarter() => _parser.Parse(Mix[0], Issued).Schedules.Count;

    [Benchmark(OperationsPerInvoke = ClauseCount)]
    public int ParseClauses()
    {
        var schedules = 0;
        foreach (var text in ClauseSamples.All)
        {
            schedules += _parser.Parse(text, ClausesIssued).Schedules.Count;
        }

        return schedules;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
