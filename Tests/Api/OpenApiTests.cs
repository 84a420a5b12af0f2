using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class OpenApiTests
{
    [TestMethod]
    public async Task The_openapi_document_lists_every_api_route_and_method()
    {
        var host = ApiHosts.For<OpenApiTests>();
        var document = await (await host.Client(key: null).GetAsync("/api/openapi/v1.json".AsRelative())).JsonAsync(HttpStatusCode.OK);
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("openapi", StringComparison.Ordinal)
                && !e.RoutePattern.RawText.StartsWith(Functions.Web.WebPaths.Base, StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!.TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();

        var paths = document["paths"]!.AsObject();
        Assert.IsGreaterThanOrEqualTo(20, routes.Count);
        foreach (var (path, method) in routes)
        {
            Assert.IsTrue(paths.ContainsKey(path), $"{path} is missing from the OpenAPI document");
            Assert.IsNotNull(paths[path]![method], $"{method.ToUpperInvariant()} {path} is missing from the OpenAPI document");
        }

        Assert.AreEqual("X-Api-Key", document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!.GetValue<string>());
    }

    [TestMethod]
    [DataRow("/api/plans", "post", true)]
    [DataRow("/api/plans/{planId}/tasks/{taskId}", "put", true)]
    [DataRow("/api/reminders/dry-run", "get", true)]
    [DataRow("/api/plans", "get", false)]
    [DataRow("/api/complete/{agencyId}/{planId}/{taskId}", "post", false)]
    public async Task Operations_that_need_a_key_say_so_in_the_document(string path, string method, bool keyed)
    {
        var document = await (await ApiHosts.For<OpenApiTests>().Client(key: null).GetAsync("/api/openapi/v1.json".AsRelative())).JsonAsync(HttpStatusCode.OK);

        var security = document["paths"]![path]![method]!["security"];

        Assert.AreEqual(keyed, security?.AsArray().Any(r => r!.AsObject().ContainsKey("ApiKey")) ?? false, security?.ToJsonString());
    }
}
