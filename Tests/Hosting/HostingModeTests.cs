using DeadlineBot.Functions.Hosting;
using Microsoft.Extensions.Configuration;

namespace DeadlineBot.Tests.Hosting;

[TestClass]
public sealed class HostingModeTests
{
    [TestMethod]
    [DataRow(null, "auto", null, true, DisplayName = "on its own")]
    [DataRow("51234", "auto", 51234, false, DisplayName = "started by the Functions host")]
    [DataRow("51234", "true", 51234, true, DisplayName = "forced self-hosted")]
    [DataRow(null, "false", null, false, DisplayName = "forced off")]
    [DataRow("not-a-port", "auto", null, true, DisplayName = "unreadable port")]
    public void The_app_runs_timer_and_queue_itself_only_when_no_Functions_host_started_it(string? port, string selfHosted, int? expectedPort, bool expectedSelfHosted)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HostingMode.PortVariable] = port,
            ["DeadlineBot:Reminders:SelfHosted"] = selfHosted,
        }).Build();

        Assert.AreEqual(new HostingMode(expectedPort, expectedSelfHosted), HostingMode.From(configuration));
    }
}
