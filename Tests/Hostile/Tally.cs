using System.Globalization;

namespace DeadlineBot.Tests.Hostile;

/// <summary>What the campaign saw: answers by status class, and every finding (5xx, bypass, changed rows, unsafe page) with its request.</summary>
public sealed class Tally
{
    private readonly int[] _classes = new int[6];
    private readonly List<(TimeSpan Took, string Request)> _times = [];

    public int Requests { get; private set; }

    /// <summary>How long the app took to answer, all requests together (the rest of a run is reading the stored rows).</summary>
    public TimeSpan Answering { get; private set; }

    public int Unsent { get; set; }

    public int ServerErrors => _classes[5];

    public List<string> Findings { get; } = [];

    public int Bypasses { get; private set; }

    public int ChangedRows { get; private set; }

    public int UnsafePages { get; private set; }

    public void Answered(Probe probe, string url, int status, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(probe);
        Requests++;
        Answering += took;
        _classes[Math.Clamp(status / 100, 0, 5)]++;
        _times.Add((took, $"{probe.Method} {Short(url)} ({probe.What}, {status})"));
        if (status >= 500)
        {
            Findings.Add($"{status}: {probe} → {Short(url)}");
        }
    }

    public void Bypass(Probe probe, int status)
    {
        Bypasses++;
        Findings.Add($"bypass ({status} without the right key): {probe}");
    }

    public void Changed(int rows, string by)
    {
        ChangedRows += rows;
        Findings.Add($"{rows} stored rows changed by a refused request: {by}");
    }

    public void UnsafePage(Probe probe)
    {
        UnsafePages++;
        Findings.Add($"HTML page without its security headers: {probe}");
    }

    public IEnumerable<string> Slowest(int count) =>
        _times.OrderByDescending(t => t.Took).Take(count).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Request} {t.Took.TotalMilliseconds:F0} ms"));

    public string Line(TimeSpan elapsed, ulong seed) => string.Create(
        CultureInfo.InvariantCulture,
        $"Hostile campaign (seed {seed}, {elapsed.TotalSeconds:F1} s, {Answering.TotalSeconds:F1} s answering): {Requests} requests; 2xx {_classes[2]}, 3xx {_classes[3]}, 4xx {_classes[4]}, "
        + $"5xx {_classes[5]}; bypasses {Bypasses}; changed rows {ChangedRows}; slowest: {string.Join("; ", Slowest(3))}");

    private static string Short(string url) => url.Length > 100 ? url[..100] + "…" : url;
}
