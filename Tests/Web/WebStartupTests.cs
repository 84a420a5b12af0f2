using DeadlineBot.Functions.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeadlineBot.Tests.Web;

/// <summary>The web app adds no work before the server listens: data protection's key ring loads on first use.</summary>
[TestClass]
public sealed class WebStartupTests
{
    [TestMethod]
    public void Data_protection_does_not_load_its_key_ring_at_start_up()
    {
        var bare = new ServiceCollection();
        bare.AddDataProtection();
        Assert.IsTrue(bare.Any(WebSetup.IsDataProtectionStartup), "data protection no longer adds a start-up service: drop the removal");

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddWeb();

        Assert.IsFalse(builder.Services.Any(WebSetup.IsDataProtectionStartup));
    }
}
