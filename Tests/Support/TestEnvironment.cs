namespace DeadlineBot.Tests.Support;

/// <summary>
/// The local services the integration tests use, as <c>scripts/test.sh</c> exports them: Azurite
/// (<c>TEST_DEADLINEBOT_STORAGE</c>) and MailDev (<c>TEST_DEADLINEBOT_SMTP_PORT</c>, <c>TEST_DEADLINEBOT_MAILDEV_URL</c>).
/// A test that needs one that is not set is reported inconclusive with the command that provides it.
/// </summary>
public static class TestEnvironment
{

    public static string StorageConnectionString => Require("TEST_DEADLINEBOT_STORAGE");

    public static int SmtpPort => int.Parse(Require("TEST_DEADLINEBOT_SMTP_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static Uri MailDevUrl => new(Require("TEST_DEADLINEBOT_MAILDEV_URL"));

    /// <summary>A table prefix (and queue name stem) no other test run uses: letters and digits only.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static string Require(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Inconclusive($"Run the tests with scripts/test.sh (it starts Azurite and MailDev), or export {name} from scripts/services.sh start test.");
        }

        return value!;
    }
}
