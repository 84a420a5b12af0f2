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
    public void A_host_json_that_names_no_executable_is_refused() =>
        AssertFinds(PackageProblemKind.InvalidHostJson, new PackageBuilder().With("host.json", """{ "version": "2.0" }"""));

    [TestMethod]
    public void A_host_json_that_is_not_JSON_is_refused() =>
        AssertFinds(PackageProblemKind.InvalidHostJson, new PackageBuilder().With("host.json", "{ version: 2"));

    [TestMethod]
    public void An_executable_missing_from_the_package_is_refused() =>
        AssertFinds(PackageProblemKind.MissingExecutable, new PackageBuilder().Without("DeadlineBot.Functions"));

    [TestMethod]
    public void An_executable_without_its_execute_bit_is_refused() =>
        AssertFinds(PackageProblemKind.NotExecutable, new PackageBuilder().With("DeadlineBot.Functions", "\u007fELF"));

    [TestMethod]
    public void A_package_without_function_folders_is_refused() =>
        AssertFinds(PackageProblemKind.NoFunctions, new PackageBuilder()
            .Without("ScanTimer/function.json").Without("SendReminder/function.json").Without("Tasks/function.json"));

    [TestMethod]
    [DataRow("{ \"bindings\": [ ", DisplayName = "not JSON")]
    [DataRow("{ \"disabled\": false }", DisplayName = "no bindings")]
    [DataRow("{ \"bindings\": [ { \"type\": \"http\", \"direction\": \"out\", \"name\": \"res\" } ] }", DisplayName = "no trigger")]
    [DataRow("{ \"bindings\": [ { \"type\": \"timerTrigger\" }, { \"type\": \"queueTrigger\" } ] }", DisplayName = "two triggers")]
    [DataRow("{ \"bindings\": [ { \"direction\": \"in\", \"name\": \"x\" } ] }", DisplayName = "a binding without a type")]
    public void A_function_json_the_host_cannot_read_is_refused(string functionJson) =>
        AssertFinds(PackageProblemKind.InvalidFunctionJson, new PackageBuilder().With("ScanTimer/function.json", functionJson));

    [TestMethod]
    [DataRow("queuTrigger")]
    [DataRow("cronTrigger")]
    public void A_function_with_a_trigger_the_host_does_not_know_is_refused(string trigger) =>
        AssertFinds(PackageProblemKind.UnknownTrigger, new PackageBuilder()
            .With("SendReminder/function.json", $$"""{ "bindings": [ { "type": "{{trigger}}", "direction": "in", "name": "x" } ] }"""));

    [TestMethod]
    public void A_queue_trigger_without_the_extension_bundle_is_refused() =>
        AssertFinds(PackageProblemKind.MissingExtensionBundle, new PackageBuilder()
            .With("host.json", """{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "DeadlineBot.Functions" } } }"""));

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
    [DataRow("ScanTimer/function.json", """{ "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "%DeadlineBot__Reminders__Schedule%" } ] }""", DisplayName = "a schedule setting")]
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
