using DeadlineBot.Functions.Hosting;

namespace DeadlineBot.Tests.Hosting;

[TestClass]
public sealed class HostingModeTests
{
    [TestMethod]
    [DataRow(new[] { "--functions-uri", "http://127.0.0.1:50051/", "--functions-worker-id", "w1" }, null, true, DisplayName = "the host's arguments (2.x)")]
    [DataRow(new[] { "--host", "127.0.0.1", "--port", "50051", "--workerId", "w1" }, null, true, DisplayName = "an older host's arguments")]
    [DataRow(new string[0], "http://127.0.0.1:50051/", true, DisplayName = "the host endpoint in the environment")]
    [DataRow(new string[0], null, false, DisplayName = "dotnet DeadlineBot.Functions.dll")]
    [DataRow(new[] { "--urls", "http://localhost:7071" }, null, false, DisplayName = "scripts/run.sh")]
    public void The_app_hosts_its_functions_itself_unless_the_Functions_host_started_it(string[] args, string? endpoint, bool expected) =>
        Assert.AreEqual(expected, HostingMode.StartedByFunctionsHost(args, name => name == "Functions__Worker__HostEndpoint" ? endpoint : null));
}
