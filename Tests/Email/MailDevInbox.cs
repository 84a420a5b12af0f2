using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace DeadlineBot.Tests.Email;

/// <summary>
/// The MailDev started by <c>scripts/services.sh</c> (env <c>TEST_DEADLINEBOT_SMTP_PORT</c>, <c>TEST_DEADLINEBOT_MAILDEV_URL</c>).
/// MailDev 3 serves its REST API under <c>/api/email</c>; older versions under <c>/email</c>.
/// </summary>
internal sealed class MailDevInbox : IDisposable
{
    private readonly HttpClient _http;

    private MailDevInbox(int smtpPort, Uri web)
    {
        SmtpPort = smtpPort;
        _http = new HttpClient { BaseAddress = web, Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    /// <summary>The inbox, or the test is inconclusive when the local services were not started.</summary>
    public static MailDevInbox OrInconclusive()
    {
        var port = Environment.GetEnvironmentVariable("TEST_DEADLINEBOT_SMTP_PORT");
        var url = Environment.GetEnvironmentVariable("TEST_DEADLINEBOT_MAILDEV_URL");
        if (int.TryParse(port, out var smtpPort) && Uri.TryCreate(url, UriKind.Absolute, out var web))
        {
            return new MailDevInbox(smtpPort, web);
        }

        Assert.Inconclusive("MailDev is not running: start it with scripts/services.sh start test (or run scripts/test.sh).");
        throw new UnreachableException();
    }

    /// <summary>The one received email with this subject, waiting up to five seconds for it to arrive.</summary>
    public async Task<JsonElement> ReceivedAsync(string subject)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var emails = await ListAsync();
            var found = emails.EnumerateArray().Where(e => e.GetProperty("subject").GetString() == subject).ToList();
            if (found.Count > 0)
            {
                Assert.HasCount(1, found, "the same email arrived more than once");
                return found[0];
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No email with subject \"{subject}\" reached MailDev.");
        return default;
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> ListAsync()
    {
        using var response = await _http.GetAsync(new Uri("api/email", UriKind.Relative));
        using var fallback = response.StatusCode == HttpStatusCode.NotFound ? await _http.GetAsync(new Uri("email", UriKind.Relative)) : null;
        var body = await (fallback ?? response).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
