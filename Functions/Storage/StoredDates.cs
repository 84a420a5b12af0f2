using System.Globalization;

namespace DeadlineBot.Functions.Storage;

/// <summary>Dates are stored as ISO text (<c>2022-03-31</c>): readable, and ordered as text for range filters.</summary>
public static class StoredDates
{
    public static string? Write(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
