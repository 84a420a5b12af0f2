namespace DeadlineBot.Core.Calendar;

/// <summary>
/// Official holiday schedules, a year each, that staff can enter as JSON (see <see cref="Load"/>).
/// <see cref="Official"/> holds the schedules shipped with DeadlineBot (<c>Core/Calendar/Data/holidays.json</c>).
/// </summary>
public sealed class HolidayData
{
    private const string EmbeddedName = "DeadlineBot.Core.Calendar.Data.holidays.json";

    private static readonly Lazy<HolidayData> OfficialData = new(LoadEmbedded);

    private readonly Dictionary<int, HolidayYear> _byYear;

    public HolidayData(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _byYear = [];
        foreach (var year in years)
        {
            if (!_byYear.TryAdd(year.Year, year))
            {
                throw new ArgumentException(CalendarMessages.DuplicateYear(nameof(years), year.Year), nameof(years));
            }
        }

        Years = [.. _byYear.Values.OrderBy(y => y.Year)];
    }

    public static HolidayData Empty { get; } = new([]);

    /// <summary>The official schedules embedded in DeadlineBot (2021–2026 at the time of writing).</summary>
    public static HolidayData Official => OfficialData.Value;

    public IReadOnlyList<HolidayYear> Years { get; }

    /// <summary>The schedule of <paramref name="year"/>, or null where the computed default applies.</summary>
    public HolidayYear? For(int year) => _byYear.GetValueOrDefault(year);

    /// <summary>These schedules with <paramref name="newer"/>'s years added, replacing any year both have.</summary>
    public HolidayData With(HolidayData newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return new HolidayData(Years.Where(y => newer.For(y.Year) is null).Concat(newer.Years));
    }

    /// <summary>Reads schedules from JSON; throws <see cref="HolidayDataException"/> naming every bad entry.</summary>
    public static HolidayData Load(Stream json) =>
        TryLoad(json, out var data, out var errors) ? data : throw new HolidayDataException(errors);

    /// <summary>Reads schedules from JSON; false with every error (each naming its entry) when any entry is bad.</summary>
    public static bool TryLoad(Stream json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HolidayData? data, out IReadOnlyList<string> errors)
    {
        var (years, found) = HolidayDataReader.Read(json);
        errors = found;
        data = found.Count == 0 ? new HolidayData(years) : null;
        return data is not null;
    }

    private static HolidayData LoadEmbedded()
    {
        using var stream = typeof(HolidayData).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"Missing embedded resource {EmbeddedName}.");
        return Load(stream);
    }
}
