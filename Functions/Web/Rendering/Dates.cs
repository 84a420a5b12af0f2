using System.Globalization;

namespace DeadlineBot.Functions.Web.Rendering;

/// <summary>Dates as officials write them: dd/MM/yyyy, read back from the same form (or from a date input's yyyy-MM-dd).</summary>
public static class Dates
{
    public const string Format = "dd/MM/yyyy";

    public static string Show(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Show(DateTimeOffset? instant) =>
        instant is { } at ? Core.Calendar.VietnamTime.DateOf(at).ToString(Format, CultureInfo.InvariantCulture) + " " +
            TimeZoneInfo.ConvertTime(at, Core.Calendar.VietnamTime.Zone).ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The value of a date input (<c>yyyy-MM-dd</c>).</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), [Format, "yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
