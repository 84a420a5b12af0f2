using Microsoft.Playwright;

namespace DeadlineBot.Tests.Web;

/// <summary>
/// The README's screenshots, taken by the browser tests: into <c>.local/screenshots/</c> on every run (so a test run
/// leaves the committed files alone), and into the repository's <c>docs/screenshots/</c> when
/// <c>DEADLINEBOT_UPDATE_SCREENSHOTS=1</c> asks for new ones.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("DEADLINEBOT_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
        : Path.Combine(RepositoryRoot(), ".local", "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = false });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeadlineBot.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
