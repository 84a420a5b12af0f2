namespace DeadlineBot.Tests.Packaging;

[TestClass]
public sealed class PackageInspectorTests
{
    [TestMethod]
    public void A_well_formed_package_has_no_problem()
    {
        using var package = new PackageBuilder().Build();

        Assert.IsEmpty(PackageInspector.Inspect(package));
    }

    [TestMethod]
    public void A_package_without_host_json_is_refused() =>
        AssertFinds(PackageProblemKind.MissingHostJson, new PackageBuilder().Without("host.json"));

    [TestMethod]
    [DataRow("{ version: 2", DisplayName = "not JSON")]
    [DataRow("""{ "version": "1.0" }""", DisplayName = "not version 2")]
    [DataRow("""{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "DeadlineBot.Functions" } } }""", DisplayName = "a custom handler")]
    public void A_host_json_the_isolated_worker_cannot_run_under_is_refused(string hostJson) =>
        AssertFinds(PackageProblemKind.InvalidHostJson, new PackageBuilder().With("host.json", hostJson));

    [TestMethod]
    [DataRow(null, DisplayName = "no worker.config.json")]
    [DataRow("""{ "description": { "language": "custom", "defaultWorkerPath": "DeadlineBot.Functions.dll" } }""", DisplayName = "another language")]
    [DataRow("""{ "description": { "language": "dotnet-isolated" } }""", DisplayName = "no worker path")]
    public void A_worker_config_that_starts_no_isolated_worker_is_refused(string? config) =>
        AssertFinds(PackageProblemKind.MissingWorkerConfig, config is null
            ? new PackageBuilder().Without("worker.config.json")
            : new PackageBuilder().With("worker.config.json", config));

    [TestMethod]
    public void A_worker_assembly_missing_from_the_package_is_refused() =>
        AssertFinds(PackageProblemKind.MissingWorker, new PackageBuilder().Without("DeadlineBot.Functions.dll"));

    [TestMethod]
    public void A_package_without_functions_metadata_is_refused() =>
        AssertFinds(PackageProblemKind.MissingMetadata, new PackageBuilder().Without("functions.metadata"));

    [TestMethod]
    [DataRow("[ { ", DisplayName = "not JSON")]
    [DataRow("[]", DisplayName = "no function")]
    [DataRow("""[ { "name": "F", "bindings": [ { "type": "http", "direction": "Out" } ] } ]""", DisplayName = "no trigger")]
    [DataRow("""[ { "name": "F", "bindings": [ { "type": "timerTrigger" }, { "type": "queueTrigger" } ] } ]""", DisplayName = "two triggers")]
    public void Functions_metadata_the_host_cannot_read_is_refused(string metadata) =>
        AssertFinds(PackageProblemKind.InvalidMetadata, new PackageBuilder().With("functions.metadata", metadata));

    [TestMethod]
    [DataRow("queuTrigger")]
    [DataRow("cronTrigger")]
    public void A_function_with_a_trigger_the_host_does_not_know_is_refused(string trigger) =>
        AssertFinds(PackageProblemKind.UnknownTrigger, new PackageBuilder()
            .With("functions.metadata", $$"""[ { "name": "F", "bindings": [ { "type": "{{trigger}}", "direction": "In" } ] } ]"""));

    [TestMethod]
    public void An_extension_named_but_not_packaged_is_refused() =>
        AssertFinds(PackageProblemKind.MissingExtension, new PackageBuilder().Without(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll"));

    [TestMethod]
    [DataRow("local.settings.json")]
    [DataRow("Functions/local.settings.json")]
    public void Local_settings_are_refused_wherever_they_are(string path) =>
        AssertFinds(PackageProblemKind.LocalSettings, new PackageBuilder().With(path, "{}"));

    [TestMethod]
    [DataRow("appsettings.json", """{ "Smtp": { "Password": "hunter2" } }""", DisplayName = "a password setting")]
    [DataRow("appsettings.json", """{ "Links": { "SigningKey": "local-development-signing-key-change-me-0123456789" } }""", DisplayName = "a signing key")]
    [DataRow("appsettings.json", """{ "Api": { "Keys": [ { "Name": "staff", "Key": "local-staff-key" } ] } }""", DisplayName = "an API key")]
    [DataRow("appsettings.Production.json", """{ "Storage": { "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0;" } }""", DisplayName = "a storage connection string")]
    [DataRow("notes.txt", "Server=smtp.example.vn;User=bot;Password=s3cret;", DisplayName = "a connection-string password")]
    [DataRow("notes.txt", "https://x.blob.core.windows.net/c?sv=2024&sig=abcdefghijklmnopqrstuv", DisplayName = "a SAS signature")]
    [DataRow("config.xml", "-----BEGIN RSA PRIVATE KEY-----\nMIIE...", DisplayName = "a private key")]
    [DataRow("site.pfx", "binary", DisplayName = "a certificate file")]
    [DataRow("DeadlineBot.Core.dll", SecretScanner.AzuriteAccountKey, DisplayName = "the Azurite key in the app's assembly")]
    [DataRow("docs.md", SecretScanner.AzuriteAccountKey, DisplayName = "the Azurite key in a text file")]
    public void A_secret_anywhere_in_the_package_is_refused(string path, string content) =>
        AssertFinds(PackageProblemKind.Secret, new PackageBuilder().With(path, content));

    [TestMethod]
    [DataRow("appsettings.json", """{ "Smtp": { "Password": "", "UserName": "deadlinebot" } }""", DisplayName = "an empty password")]
    [DataRow("appsettings.json", """{ "Storage": { "ConnectionString": "UseDevelopmentStorage=true" } }""", DisplayName = "the local storage emulator")]
    [DataRow("functions.metadata", """[ { "name": "ScanTimer", "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "%DeadlineBot__Reminders__Schedule%" } ] } ]""", DisplayName = "a schedule setting")]
    [DataRow("BouncyCastle.Cryptography.dll", "-----BEGIN RSA PRIVATE KEY-----", DisplayName = "a PEM header in a library")]
    public void Text_that_only_looks_like_a_secret_is_accepted(string path, string content)
    {
        using var package = new PackageBuilder().With(path, content).Build();

        Assert.IsEmpty(PackageInspector.Inspect(package));
    }

    private static void AssertFinds(PackageProblemKind kind, PackageBuilder builder)
    {
        using var package = builder.Build();

        var problems = PackageInspector.Inspect(package);

        Assert.IsTrue(problems.Any(problem => problem.Kind == kind), $"expected {kind}, found: {string.Join("; ", problems)}");
    }
}
