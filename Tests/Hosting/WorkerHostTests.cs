using DeadlineBot.Functions;
using DeadlineBot.Functions.Hosting;
using DeadlineBot.Tests.Support;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeadlineBot.Tests.Hosting;

/// <summary>The isolated worker's host, built as Program builds it under the Functions host (not started: no host to talk to).</summary>
[TestClass]
public sealed class WorkerHostTests
{
    [TestMethod]
    public async Task The_worker_host_builds_and_creates_every_function_class_from_its_services()
    {
        await using var storage = TestStorage.Create();
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new DeadlineBotApp(storage, DateTimeOffset.UnixEpoch).Settings);
        builder.ConfigureFunctionsWebApplication();
        builder.AddDeadlineBot();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();

        foreach (var type in FunctionCatalog.All.Select(f => f.Class).Distinct())
        {
            Assert.IsNotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type), type.Name);
        }
    }

    [TestMethod]
    public void Every_function_class_is_one_the_self_host_can_bind()
    {
        foreach (var function in FunctionCatalog.Http)
        {
            var unbound = function.Method.GetParameters()
                .Where(p => p.ParameterType != typeof(Microsoft.AspNetCore.Http.HttpRequest) && p.ParameterType != typeof(CancellationToken))
                .Where(p => p.ParameterType != typeof(string) || !function.Http!.Route!.Contains('{' + p.Name + '}', StringComparison.Ordinal))
                .Select(p => p.Name).ToList();

            Assert.IsEmpty(unbound, $"{function.Name}: parameters that are neither the request, a route value nor the cancellation token");
            Assert.IsTrue(typeof(Task<Microsoft.AspNetCore.Http.IResult>).IsAssignableFrom(function.Method.ReturnType)
                || typeof(Microsoft.AspNetCore.Http.IResult).IsAssignableFrom(function.Method.ReturnType), function.Name);
        }
    }
}
