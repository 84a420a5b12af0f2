using System.Globalization;
using System.Text.Json;

namespace DeadlineBot.Core.Calendar;

/// <summary>
/// Reads official holiday schedules from JSON: one year object or a list of them,
/// <c>{"year": 2026, "source": "…", "daysOff": ["2026-01-01", …], "workingDays": ["2026-01-10"]}</c>.
/// Collects every error, each naming its entry (<c>2026.daysOff[3]</c>), and returns no years when there is any.
/// </summary>
internal static class HolidayDataReader
{
    private static readonly string[] Properties = ["year", "source", "daysOff", "workingDays"];

    public static (IReadOnlyList<HolidayYear> Years, IReadOnlyList<string> Errors) Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return ([], [CalendarMessages.NotJson(e.Message)]);
        }

        using (document)
        {
            var root = document.RootElement;
            var entries = root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray()],
                JsonValueKind.Object => new[] { root },
                _ => [],
            };
            if (entries.Length == 0 && root.ValueKind != JsonValueKind.Array)
            {
                return ([], [CalendarMessages.RootNotYearOrList]);
            }

            var errors = new List<string>();
            var years = new List<HolidayYear>();
            for (var i = 0; i < entries.Length; i++)
            {
                if (ReadYear(entries[i], $"[{i}]", errors) is { } year)
                {
                    if (years.Any(y => y.Year == year.Year))
                    {
                        errors.Add(CalendarMessages.DuplicateYear($"[{i}]", year.Year));
                    }

                    years.Add(year);
                }
            }

            return errors.Count == 0 ? (years, errors) : ([], errors);
        }
    }

    private static HolidayYear? ReadYear(JsonElement entry, string position, List<string> errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add(CalendarMessages.EntryNotObject(position));
            return null;
        }

        var before = errors.Count;
        foreach (var property in entry.EnumerateObject().Where(p => !Properties.Contains(p.Name)))
        {
            errors.Add(CalendarMessages.UnknownProperty(position, property.Name));
        }

        if (!entry.TryGetProperty("year", out var yearElement))
        {
            errors.Add(CalendarMessages.MissingYear(position));
            return null;
        }

        if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < 1 or > 9999)
        {
            errors.Add(CalendarMessages.BadYear(position, yearElement.GetRawText()));
            return null;
        }

        var name = year.ToString(CultureInfo.InvariantCulture);
        string? source = null;
        if (entry.TryGetProperty("source", out var sourceElement))
        {
            if (sourceElement.ValueKind == JsonValueKind.String)
            {
                source = sourceElement.GetString();
            }
            else
            {
                errors.Add(CalendarMessages.NotText($"{name}.source"));
            }
        }

        var daysOff = ReadDates(entry, "daysOff", year, name, errors);
        var workingDays = ReadDates(entry, "workingDays", year, name, errors);
        for (var i = 0; i < workingDays.Count; i++)
        {
            var entryName = $"{name}.workingDays[{i}]";
            if (daysOff.Contains(workingDays[i]))
            {
                errors.Add(CalendarMessages.OffAndWorking(entryName, workingDays[i]));
            }
            else if (!PublicHolidays.IsWeekend(workingDays[i]))
            {
                errors.Add(CalendarMessages.WorkingDayNotWeekend(entryName, workingDays[i]));
            }
        }

        return errors.Count == before ? new HolidayYear(year, daysOff, workingDays, source) : null;
    }

    private static List<DateOnly> ReadDates(JsonElement entry, string property, int year, string name, List<string> errors)
    {
        var dates = new List<DateOnly>();
        if (!entry.TryGetProperty(property, out var list))
        {
            return dates;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(CalendarMessages.NotAList($"{name}.{property}"));
            return dates;
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var entryName = $"{name}.{property}[{i++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(CalendarMessages.BadDate(entryName, text));
            }
            else if (date.Year != year)
            {
                errors.Add(CalendarMessages.DateOutsideYear(entryName, date, year));
            }
            else if (dates.Contains(date))
            {
                errors.Add(CalendarMessages.DuplicateDate(entryName, date));
            }
            else
            {
                dates.Add(date);
            }
        }

        return dates;
    }
}
