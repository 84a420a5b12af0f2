namespace DeadlineBot.Tests.Api;

internal static class UriText
{
    public static Uri AsRelative(this string pathAndQuery) => new(pathAndQuery, UriKind.Relative);
}
