using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Functions.Feeds;
using DeadlineBot.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace DeadlineBot.Tests.Hostile;

/// <summary>
/// Sends probes to the app over plain HTTP, one at a time, and judges each: a 5xx, a 2xx from a route whose key or
/// link the caller lacked (a bypass), stored rows changed by a request the app refused, an HTML page without its
/// security headers. Rows are compared around every write that had the right key (before and after); requests without
/// it are covered by the comparison that follows them. The placeholders of a probe are filled from what is stored then;
/// what the campaign itself stores to keep a plan, a task and an agency to aim at is not counted.
/// </summary>
public sealed partial class Campaign(ApiHost host, CancellationToken cancellationToken)
{
    private const string Agency = "Sở Nội vụ";
    private static readonly AgencyId AgencyKey = AgencyId.FromName(Agency);

    private readonly HttpClient _http = host.Client(key: null);
    private readonly HttpClient _staff = host.Client(ApiHost.StaffKey);
    private readonly List<string> _window = [];
    private string _plan = string.Empty;
    private string _task = string.Empty;
    private string _otherTask = string.Empty;
    private bool _dirty = true;

    public Tally Tally { get; } = new();

    public async Task RunAsync(IEnumerable<Probe> probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var baseline = await StoredRows.TakeAsync(host.Storage, cancellationToken);
        foreach (var probe in probes)
        {
            if (_dirty)
            {
                await CheckAsync(baseline, "requests before re-seeding");
                await EnsureTargetsAsync();
                baseline = await StoredRows.TakeAsync(host.Storage, cancellationToken);
            }

            if (probe.IsWrite && probe.Authorized)
            {
                // Nothing else runs in the app (no timer, no queue listener): with no request since the baseline, it still holds.
                var before = _window.Count == 0 ? baseline : await CheckAsync(baseline, "requests without the right key");
                var status = await SendAsync(probe);
                var after = await StoredRows.TakeAsync(host.Storage, cancellationToken);
                if (status is < 200 or >= 300 && before.Changes(after) is > 0 and var changed)
                {
                    Tally.Changed(changed, probe.ToString());
                }

                _dirty |= status is >= 200 and < 300 && probe.Method == "DELETE";
                baseline = after;
            }
            else
            {
                await SendAsync(probe);
                _window.Add(probe.ToString());
            }
        }

        await CheckAsync(baseline, "requests without the right key");
    }

    /// <summary>Compares the rows with <paramref name="baseline"/> after requests that may change nothing; returns the rows now.</summary>
    private async Task<StoredRows> CheckAsync(StoredRows baseline, string what)
    {
        var now = await StoredRows.TakeAsync(host.Storage, cancellationToken);
        if (baseline.Changes(now) is > 0 and var changed)
        {
            Tally.Changed(changed, $"{what}: {string.Join(" | ", _window)}");
        }

        _window.Clear();
        return now;
    }

    private async Task<int> SendAsync(Probe probe)
    {
        HttpRequestMessage request;
        string url;
        try
        {
            url = await FillAsync(probe.Path, probe);
            request = new HttpRequestMessage(new HttpMethod(probe.Method), new Uri(url, UriKind.Relative)) { Content = probe.Body?.ToContent() };
            if (probe.Key is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Api-Key", probe.Key);
            }

            if (probe.IfMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", await FillAsync(probe.IfMatch, probe));
            }
        }
        catch (UriFormatException)
        {
            Tally.Unsent++;
            return 0;
        }

        using (request)
        {
            var clock = Stopwatch.StartNew();
            int status;
            HttpResponseMessage? response = null;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                status = (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
            {
                // The in-memory server rethrows what the app did not handle: that is a server error.
                status = 599;
                Tally.Findings.Add($"exception {e.GetType().Name}: {e.Message}");
            }

            Tally.Answered(probe, url, status, clock.Elapsed);
            if (status is >= 200 and < 300 && !probe.Authorized && (probe.IsWrite || probe.Need != Need.Nothing))
            {
                Tally.Bypass(probe, status);
            }

            if (response?.Content.Headers.ContentType?.MediaType == "text/html" && !HasSecurityHeaders(response))
            {
                Tally.UnsafePage(probe);
            }

            response?.Dispose();
            return status;
        }
    }

    private static bool HasSecurityHeaders(HttpResponseMessage response) =>
        response.Headers.Contains("Content-Security-Policy") && response.Headers.Contains("X-Frame-Options")
        && response.Headers.Contains("X-Content-Type-Options");

    /// <summary>Fills the placeholders of a path or an If-Match value from what is stored now.</summary>
    private async Task<string> FillAsync(string template, Probe probe)
    {
        var text = template.Replace("{plan}", _plan, StringComparison.Ordinal).Replace("{task}", _task, StringComparison.Ordinal)
            .Replace("{agency}", AgencyKey.Value, StringComparison.Ordinal);
        if (LinkPlaceholder().Match(text) is { Success: true } link)
        {
            text = text.Replace(link.Value, Link(link.Groups["kind"].Value), StringComparison.Ordinal);
        }

        if (FeedPlaceholder().Match(text) is { Success: true } feed)
        {
            text = text.Replace(feed.Value, await FeedAsync(feed.Groups["kind"].Value), StringComparison.Ordinal);
        }

        if (text.Contains("{etag}", StringComparison.Ordinal) || text.Contains("{stale}", StringComparison.Ordinal))
        {
            var current = await CurrentVersionAsync(probe.Path.Contains("/agencies", StringComparison.Ordinal));
            text = text.Replace("{etag}", current, StringComparison.Ordinal)
                .Replace("{stale}", Year().Replace(current, "datetime'2001", 1), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A completion link for the campaign's task, signed right or wrong.</summary>
    private string Link(string kind)
    {
        var today = VietnamTime.Today(host.Clock);
        var valid = host.Links.For(AgencyKey, _plan, _task, today).PathAndQuery;
        return kind switch
        {
            "valid" => valid,
            "expired" => host.Links.For(AgencyKey, _plan, _task, today.AddDays(-200)).PathAndQuery,
            "sig" => valid[..^2] + (valid[^2] == 'A' ? "B" : "A") + valid[^1],
            "expires" => Regex.Replace(valid, @"expires=\d{4}", "expires=2099"),
            "other-agency" => host.Links.For(AgencyId.FromName("Cơ quan ngoài kế hoạch"), _plan, _task, today).PathAndQuery,
            "other-task" => valid.Replace(_task, _otherTask, StringComparison.Ordinal),
            "no-sig" => valid[..valid.IndexOf("&sig=", StringComparison.Ordinal)],
            _ => "/api/complete/%01/..%2F/x?expires=zz&sig=%FF%FE%00",
        };
    }

    /// <summary>The agency's feed URL, signed right (over its stored token, read without writing) or wrong.</summary>
    private async Task<string> FeedAsync(string kind)
    {
        var links = host.Services.GetRequiredService<FeedLinks>();
        var token = (await host.Storage.Agencies.GetAsync(AgencyKey, cancellationToken))?.FeedToken ?? "none";
        var valid = links.For(AgencyKey, token).PathAndQuery;
        return kind switch
        {
            "valid" => valid,
            "sig" => valid[..^2] + (valid[^2] == 'A' ? "B" : "A") + valid[^1],
            "other-agency" => valid.Replace(AgencyKey.Value, "so-tai-chinh", StringComparison.Ordinal),
            "no-sig" => valid[..valid.IndexOf("?sig=", StringComparison.Ordinal)],
            "stale" => links.For(AgencyKey, "revoked-token").PathAndQuery,
            _ => "/api/feeds/agencies/%01..%2F.ics?sig=%FF%FE",
        };
    }

    private async Task<string> CurrentVersionAsync(bool agency)
    {
        var url = agency ? $"/api/agencies/{AgencyKey.Value}" : $"/api/plans/{_plan}/tasks/{_task}";
        using var response = await _staff.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        return response.Headers.ETag?.ToString() ?? "W/\"datetime'2001-01-01T00%3A00%3A00Z'\"";
    }

    /// <summary>Stores again what the probes aim at when a write with the right key removed it.</summary>
    private async Task EnsureTargetsAsync()
    {
        using (var agency = await _staff.GetAsync(new Uri($"/api/agencies/{AgencyKey.Value}", UriKind.Relative), cancellationToken))
        {
            if (agency.StatusCode == HttpStatusCode.NotFound)
            {
                var body = new { name = Agency, displayName = Agency, emails = new[] { "vanthu@snv.example.gov.vn" }, aliases = new[] { "SNV" } };
                (await _staff.PostJsonAsync("/api/agencies", body)).EnsureSuccessStatusCode();
            }
        }

        (await _staff.PostAsync(new Uri($"/api/agencies/{AgencyKey.Value}/feed", UriKind.Relative), null, cancellationToken)).EnsureSuccessStatusCode();
        using var task = await _staff.GetAsync(new Uri($"/api/plans/{_plan}/tasks/{_task}", UriKind.Relative), cancellationToken);
        using var other = await _staff.GetAsync(new Uri($"/api/plans/{_plan}/tasks/{_otherTask}", UriKind.Relative), cancellationToken);
        if (_plan.Length == 0 || task.StatusCode != HttpStatusCode.OK || other.StatusCode != HttpStatusCode.OK)
        {
            var created = await (await _staff.PostJsonAsync("/api/plans", Sample.Plan(Sample.Task(lead: Agency), Sample.Task("Báo cáo sơ kết", "Sở Tài chính"))))
                .JsonAsync(HttpStatusCode.Created);
            _plan = created["plan"]!["id"]!.GetValue<string>();
            _task = created["tasks"]![0]!["id"]!.GetValue<string>();
            _otherTask = created["tasks"]![1]!["id"]!.GetValue<string>();
        }

        _dirty = false;
    }

    [GeneratedRegex(@"\{link:(?<kind>[a-z-]+)\}")]
    private static partial Regex LinkPlaceholder();

    [GeneratedRegex(@"\{feed:(?<kind>[a-z-]+)\}")]
    private static partial Regex FeedPlaceholder();

    [GeneratedRegex(@"datetime'\d{4}")]
    private static partial Regex Year();
}
