using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Api;

/// <summary>Small helpers for the API tests: send JSON, read JSON, and assert on ProblemDetails.</summary>
internal static class Http
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, ApiHost.Json);

    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch) =>
        client.SendRawAsync(HttpMethod.Put, url, JsonSerializer.Serialize(body, ApiHost.Json), ifMatch);

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(expected, response.StatusCode, text);
        return JsonNode.Parse(text)!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(expected, response.StatusCode, text);
        return JsonSerializer.Deserialize<T>(text, ApiHost.Json)!;
    }

    /// <summary>Asserts a 4xx ProblemDetails response whose errors name <paramref name="field"/>.</summary>
    public static async Task<JsonNode> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, text);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, text);
        var problem = JsonNode.Parse(text)!;
        Assert.AreEqual((int)status, problem["status"]!.GetValue<int>(), text);
        var errors = problem["errors"]?.AsObject();
        Assert.IsNotNull(errors, text);
        Assert.IsTrue(errors.ContainsKey(field), $"Expected the problem to name '{field}': {text}");
        return problem;
    }

    /// <summary>Asserts a ProblemDetails response with <paramref name="status"/> (no field: refusals of the caller, not of a field).</summary>
    public static async Task AssertStatusProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, text);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, text);
        Assert.AreEqual((int)status, JsonNode.Parse(text)!["status"]!.GetValue<int>(), text);
    }
}
