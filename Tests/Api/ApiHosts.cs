using System.Collections.Concurrent;

namespace DeadlineBot.Tests.Api;

/// <summary>
/// One <see cref="ApiHost"/> per test class (so one table prefix per class), made on first use and removed with its
/// tables when the test run ends: <c>private static ApiHost Host => ApiHosts.For&lt;MyTests&gt;();</c>
/// </summary>
[TestClass]
public sealed class ApiHosts
{
    private static readonly ConcurrentDictionary<Type, Lazy<ApiHost>> Hosts = new();

    public static ApiHost For<TTestClass>() => Hosts.GetOrAdd(typeof(TTestClass), _ => new Lazy<ApiHost>(ApiHost.Create)).Value;

    [AssemblyCleanup]
    public static async Task DisposeAllAsync()
    {
        foreach (var host in Hosts.Values.Where(h => h.IsValueCreated))
        {
            await host.Value.DisposeAsync();
        }
    }
}
