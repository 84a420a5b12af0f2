using DeadlineBot.Functions;
using DeadlineBot.Functions.Email;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Tests.Email;

[TestClass]
public sealed class SmtpOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["DeadlineBot:Smtp:Host"] = "127.0.0.1",
        ["DeadlineBot:Smtp:Port"] = "1025",
        ["DeadlineBot:Smtp:Security"] = "None",
        ["DeadlineBot:Smtp:FromAddress"] = "deadlinebot@localhost",
        ["DeadlineBot:Smtp:FromName"] = "DeadlineBot – Nhắc việc",
        ["DeadlineBot:Smtp:RetryDelay"] = "00:00:05",
    };

    [TestMethod]
    public void The_sample_settings_bind_and_validate()
    {
        var options = Resolve(Valid);

        Assert.AreEqual((1025, SmtpSecurity.None, TimeSpan.FromSeconds(5)), (options.Port, options.Security, options.RetryDelay));
    }

    [TestMethod]
    [DataRow("Host", "", "Host is required")]
    [DataRow("Port", "0", "Port must be 1 to 65535")]
    [DataRow("FromAddress", "not an address", "FromAddress must be one email address")]
    [DataRow("FromAddress", "DeadlineBot <deadlinebot@localhost>", "FromAddress must be one email address")]
    [DataRow("Password", "secret", "Password is set but UserName is empty")]
    [DataRow("MaxAttempts", "0", "MaxAttempts must be 1 to 10")]
    [DataRow("Timeout", "00:00:00", "Timeout must be between")]
    [DataRow("ServerCertificateThumbprint", "3A5F", "ServerCertificateThumbprint must be a SHA-256 thumbprint")]
    [DataRow("ServerCertificateThumbprint", "*", "ServerCertificateThumbprint must be a SHA-256 thumbprint")]
    public void A_wrong_setting_fails_at_start_naming_the_setting(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>(Valid) { [$"DeadlineBot:Smtp:{key}"] = value };

        var failure = Assert.ThrowsExactly<OptionsValidationException>(() => Resolve(settings));

        StringAssert.Contains(failure.Message, message);
    }

    [TestMethod]
    public void A_pinned_thumbprint_is_accepted_with_colons_and_in_lower_case()
    {
        var pin = string.Join(':', Enumerable.Repeat("ab", 32));
        var settings = new Dictionary<string, string?>(Valid) { ["DeadlineBot:Smtp:ServerCertificateThumbprint"] = pin };

        Assert.AreEqual(pin, Resolve(settings).ServerCertificateThumbprint);
    }

    private static SmtpOptions Resolve(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddEmail();
        using var services = builder.Services.BuildServiceProvider();
        _ = services.GetRequiredService<IEmailSender>();
        return services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }
}
