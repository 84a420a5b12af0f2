namespace DeadlineBot.Tests.Infra;

/// <summary>Paths in the checkout the tests run from: the folder holding DeadlineBot.sln, above the test output.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string Functions => Path.Combine(Root, "Functions");

    /// <summary>The Function app's build output of the configuration these tests were built in (where the Functions SDK writes functions.metadata).</summary>
    public static string FunctionsOutput => Path.Combine(Functions, "bin", Configuration, "net10.0");

    private static string Configuration =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    public static string SettingsSample => Path.Combine(Root, "local.settings.sample.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DeadlineBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DeadlineBot.sln above {AppContext.BaseDirectory}.");
    }
}
