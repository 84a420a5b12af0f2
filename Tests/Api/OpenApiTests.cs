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
        await using var host = ApiHost.Create();
        var document = await (await host.Client(key: null).GetAsync("/api/openapi/v1.json".AsRelative())).JsonAsync(HttpStatusCode.OK);
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("openapi", StringComparison.Ordinal))
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
}
