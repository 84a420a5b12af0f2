using System.Net;
using System.Text.RegularExpressions;
using DeadlineBot.Functions.Web;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeadlineBot.Tests.Web;

/// <summary>
/// How each page begins, over HTTP without a browser: who may open it (sign in, 403 for staff on an admin page), the
/// form's token before anything is looked up, then the plan, task, agency, draft or export format it is about (404, 400).
/// </summary>
[TestClass]
public sealed partial class WebPageEntryTests
{
    private const string Staff = BrowserApp.StaffKey;
    private const string Admin = BrowserApp.AdminKey;
    private const string Anyone = "";
    private static DeadlineBotApp _app = null!;

    [ClassInitialize]
    public static void Start(TestContext context) => _app = new DeadlineBotApp(TestStorage.Create(), DeadlineBotApp.Morning(new DateOnly(2022, 8, 1)));

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_app is not null)
        {
            var storage = _app.Storage;
            await _app.DisposeAsync();
            await storage.DisposeAsync();
        }
    }

    [TestMethod]
    [DataRow(Anyone, "GET", "plans/no-such-plan", HttpStatusCode.Redirect, "")]
    [DataRow(Staff, "GET", "admin", HttpStatusCode.Forbidden, WebText.ForbiddenTitle)]
    [DataRow(Staff, "GET", "admin/statistics?format=csv", HttpStatusCode.Forbidden, WebText.ForbiddenTitle)]
    [DataRow(Staff, "POST", "admin/digests/no-such-digest/redrive", HttpStatusCode.Forbidden, WebText.ForbiddenTitle)]
    [DataRow(Staff, "POST", "admin/digests/no-such-digest/dismiss", HttpStatusCode.Forbidden, WebText.ForbiddenTitle)]
    [DataRow(Staff, "GET", "plans/no-such-plan", HttpStatusCode.NotFound, WebText.PlanNotFound)]
    [DataRow(Staff, "GET", "plans/no-such-plan/tasks/new", HttpStatusCode.NotFound, WebText.PlanNotFound)]
    [DataRow(Staff, "POST", "plans/no-such-plan/tasks", HttpStatusCode.NotFound, WebText.PlanNotFound)]
    [DataRow(Staff, "GET", "tasks/no-such-plan/no-such-task", HttpStatusCode.NotFound, WebText.TaskNotFound)]
    [DataRow(Staff, "GET", "agencies/no-such-agency", HttpStatusCode.NotFound, WebText.AgencyNotFound)]
    [DataRow(Staff, "POST", "plans/draft", HttpStatusCode.BadRequest, WebText.DraftBroken)]
    [DataRow(Staff, "POST", "plans/confirm", HttpStatusCode.BadRequest, WebText.DraftBroken)]
    [DataRow(Staff, "GET", "tasks/export?format=pdf", HttpStatusCode.BadRequest, WebText.BadFormat)]
    [DataRow(Admin, "GET", "admin/statistics?format=json", HttpStatusCode.BadRequest, WebText.BadFormat)]
    [DataRow(Staff, "GET", "tasks/export?format=csv", HttpStatusCode.OK, "")]
    [DataRow(Admin, "GET", "admin/statistics?format=xlsx", HttpStatusCode.OK, "")]
    public async Task A_page_refuses_before_it_does_its_own_work(string key, string method, string path, HttpStatusCode status, string says)
    {
        using var client = await SignedInAsync(key);

        using var response = await SendAsync(client, method, path, await TokenAsync(client, key));

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.AreEqual(status, response.StatusCode, body);
        StringAssert.Contains(body, says);
    }

    [TestMethod]
    [DataRow("redrive")]
    [DataRow("dismiss")]
    public async Task An_admin_acting_on_an_unknown_digest_is_sent_back_to_the_dashboard(string action)
    {
        using var client = await SignedInAsync(Admin);

        using var response = await SendAsync(client, "POST", $"admin/digests/no-such-digest/{action}", await TokenAsync(client, Admin));

        Assert.AreEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.AreEqual(WebPaths.To("admin") + "?stuck=1", response.Headers.Location!.ToString());
    }

    [TestMethod]
    public async Task A_form_without_its_token_is_refused_before_the_plan_is_looked_up()
    {
        using var client = await SignedInAsync(Staff);

        using var response = await SendAsync(client, "POST", "plans/no-such-plan/tasks", token: null);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A client with its own cookies, signed in with <paramref name="key"/> (none when empty).</summary>
    private static async Task<HttpClient> SignedInAsync(string key)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key.Length > 0)
        {
            using var signIn = await SendAsync(client, "POST", "sign-in", await TokenAsync(client, key: Anyone), ("key", key));
            Assert.AreEqual(HttpStatusCode.Redirect, signIn.StatusCode, "signed in");
        }

        return client;
    }

    /// <summary>The form token of a page the client may open (the sign-in page before signing in).</summary>
    private static async Task<string> TokenAsync(HttpClient client, string key)
    {
        var html = await client.GetStringAsync(new Uri(WebPaths.To(key.Length > 0 ? "plans" : "sign-in"), UriKind.Relative));
        return TokenField().Match(html).Groups[1].Value;
    }

    /// <summary>A GET, or a form POST with <paramref name="fields"/> and the form token when given.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? token, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(WebPaths.To(path), UriKind.Relative));
        if (method == "POST")
        {
            var form = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
            if (token is not null)
            {
                form.Add(KeyValuePair.Create(WebGuard.TokenField, token));
            }

            request.Content = new FormUrlEncodedContent(form);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)""")]
    private static partial Regex TokenField();
}
