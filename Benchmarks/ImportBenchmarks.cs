using BenchmarkDotNet.Attributes;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// Import time of each sample plan as text, .docx and PDF (targets: under 50 ms as text, under 300 ms as .docx or PDF).
/// The .docx and PDF copies are the ones the tests build and check (<c>Tests/Fixtures/Plans/Samples</c>); <c>.lo.pdf</c>
/// is the PDF LibreOffice printed from the .docx (<c>Tests/Fixtures/Plans/LibreOffice</c>).
/// Run: <c>dotnet run -c Release --project Benchmarks -- --filter '*ImportBenchmarks*' --inProcess --warmupCount 2 --iterationCount 5</c>
/// (in process: the project file and the assembly are named differently, which the default toolchain cannot follow).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _content = [];

    [Params("000_fae38e40f0f29f03", "001_241023ceb20e6f40", "002_13ade7dd27d1dbae", "003_524c104fcb22be71", "004_ba5b8fd20c499393")]
    public string Sample { get; set; } = string.Empty;

    [Params(".txt", ".docx", ".pdf", ".lo.pdf")]
    public string Format { get; set; } = string.Empty;

    [GlobalSetup]
    public void Load()
    {
        var root = RepositoryRoot();
        var path = Format switch
        {
            ".txt" => Path.Combine(root, "samples", "plans", Sample + Format),
            ".lo.pdf" => Path.Combine(root, "Tests", "Fixtures", "Plans", "LibreOffice", Sample + ".pdf"),
            _ => Path.Combine(root, "Tests", "Fixtures", "Plans", "Samples", Sample + Format),
        };
        _content = File.ReadAllBytes(path);
    }

    [Benchmark]
    public int Import()
    {
        using var stream = new MemoryStream(_content, writable: false);
        return PlanImporter.Default.Import(stream, Sample + Format).Tasks.Count;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "samples", "plans")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("samples/plans not found above " + AppContext.BaseDirectory);
    }
}
