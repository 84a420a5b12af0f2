using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace DeadlineBot.Tests.Support;

/// <summary>
/// Reads what MailDev received (MailDev 3: <c>GET /api/email</c>). Tests share one MailDev, so each test gives its agencies
/// addresses of its own and reads only the emails sent to them.
/// </summary>
public sealed class MailDev : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = TestEnvironment.MailDevUrl };

    public async Task<IReadOnlyList<MailDevEmail>> EmailsToAsync(string address, CancellationToken cancellationToken)
    {
        var all = await _http.GetFromJsonAsync<MailDevEmail[]>("/api/email", cancellationToken) ?? [];
        return [.. all.Where(e => e.IsTo(address))];
    }

    /// <summary>Waits up to <paramref name="timeout"/> for <paramref name="count"/> emails to <paramref name="address"/> (SMTP delivery is not instant).</summary>
    public async Task<IReadOnlyList<MailDevEmail>> WaitForAsync(string address, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Real elapsed time on purpose: this waits for a real SMTP server, not for the app's clock.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var emails = await EmailsToAsync(address, cancellationToken);
            if (emails.Count >= count || waited.Elapsed > timeout)
            {
                return emails;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();
}

public sealed record MailDevEmail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("to")] IReadOnlyList<MailDevAddress>? To,
    [property: JsonPropertyName("cc")] IReadOnlyList<MailDevAddress>? Cc)
{
    public IEnumerable<string> CcAddresses => Cc?.Select(a => a.Address) ?? [];

    public bool IsTo(string address) =>
        (To ?? []).Concat(Cc ?? []).Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));
}

public sealed record MailDevAddress([property: JsonPropertyName("address")] string Address, [property: JsonPropertyName("name")] string? Name);
