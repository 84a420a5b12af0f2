using System.Globalization;

namespace DeadlineBot.Tests.Calendar;

/// <summary>Dates written in tables as <c>yyyy-MM-dd</c>.</summary>
internal static class Iso
{
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly[] Dates(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Date)];
}
