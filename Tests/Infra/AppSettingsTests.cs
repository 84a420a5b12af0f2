using System.Text.Json.Nodes;

namespace DeadlineBot.Tests.Infra;

[TestClass]
public sealed class AppSettingsTests
{
    /// <summary>Sample settings the Bicep expresses otherwise in Azure, and how.</summary>
    private static readonly Dictionary<string, string> HostOnly = new(StringComparer.Ordinal)
    {
        // Flex Consumption declares the runtime in functionAppConfig.runtime (dotnet-isolated 10.0), not as a setting.
        ["FUNCTIONS_WORKER_RUNTIME"] = "functionAppConfig.runtime",
        // The host reaches its storage account with its identity, by name.
        ["AzureWebJobsStorage"] = "AzureWebJobsStorage__accountName",
    };

    public static IEnumerable<object[]> SampleSettings() =>
        (JsonNode.Parse(File.ReadAllText(RepositoryPaths.SettingsSample))?["Values"]?.AsObject()
            ?? throw new InvalidOperationException("local.settings.sample.json has no Values."))
        .Select(setting => BicepAppSettings.NormaliseIndex(setting.Key))
        .Where(name => !HostOnly.ContainsKey(name))
        .Distinct(StringComparer.Ordinal)
        .Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(SampleSettings))]
    public void Every_setting_of_the_sample_is_given_to_the_app_in_Azure(string setting) =>
        Assert.IsTrue(
            BicepAppSettings.Read().ContainsKey(setting),
            $"main.bicep sets no {setting}; it is in local.settings.sample.json (add it, or list it as host-only here with the reason).");

    [TestMethod]
    public void The_host_storage_is_reached_by_identity_not_a_connection_string()
    {
        var settings = BicepAppSettings.Read();

        Assert.IsTrue(settings.ContainsKey(HostOnly["AzureWebJobsStorage"]));
        Assert.IsFalse(settings.ContainsKey("AzureWebJobsStorage"));
    }

    [TestMethod]
    [DataRow("DeadlineBot__Smtp__Password", "smtp-password")]
    [DataRow("DeadlineBot__Links__SigningKey", "link-signing-key")]
    [DataRow("DeadlineBot__Api__Keys__#__Key", "api-key-")]
    public void A_secret_setting_is_a_Key_Vault_reference(string setting, string secretName)
    {
        var value = BicepAppSettings.Read()[setting];

        Assert.StartsWith("secretReference(", value);
        Assert.Contains($"'{secretName}", value);
    }

    [TestMethod]
    public void A_Key_Vault_reference_names_the_secret_by_its_URI()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.bicep"));

        Assert.Contains("'@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'", source);
    }
}
