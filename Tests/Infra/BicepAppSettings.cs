using System.Text.RegularExpressions;

namespace DeadlineBot.Tests.Infra;

/// <summary>
/// The app settings main.bicep gives the Function app, read from its source: every object key that names
/// a setting (it contains "__" or is an upper-case host setting), with the text of its value. An index
/// written as <c>${i}</c> in a loop, like a literal index in the sample, reads as <c>#</c>.
/// </summary>
internal static partial class BicepAppSettings
{
    public static IReadOnlyDictionary<string, string> Read()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.bicep"));
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SettingLine().Matches(LineComment().Replace(source, string.Empty)))
        {
            settings[NormaliseIndex(match.Groups["name"].Value)] = match.Groups["value"].Value.Trim();
        }

        return settings;
    }

    /// <summary><c>DeadlineBot__Api__Keys__0__Name</c> and <c>DeadlineBot__Api__Keys__${i}__Name</c> both read as <c>…__#__Name</c>.</summary>
    public static string NormaliseIndex(string name) => Index().Replace(name, "__#__");

    [GeneratedRegex(@"^\s*'?(?<name>[A-Za-z][A-Za-z0-9_]*__[A-Za-z0-9_${}]+|[A-Z][A-Z0-9_]+)'?\s*:(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex SettingLine();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"__(\d+|\$\{\w+\})__")]
    private static partial Regex Index();
}
