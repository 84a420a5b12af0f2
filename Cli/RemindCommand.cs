using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Cli;

/// <summary>
/// <c>deadlinebot remind --plan FILE [--at YYYY-MM-DD] [--json]</c>: imports a plan and prints which reminders the
/// policy would send that day, per lead agency, without storage or email. The plan counts as confirmed that day, so
/// occurrences of its recurring tasks due before it are before tracking and get none.
/// </summary>
internal static class RemindCommand
{
    private const string PlanMissing = "--plan is required: the plan file to read (.txt, .md, .docx or .pdf).";

    private static string NotADate(string text) => $"--at \"{text}\" is not a date: write it as YYYY-MM-DD, e.g. 2022-03-24.";

    private static string CannotRead(string file, string reason) => $"Cannot read the plan {file}: {reason}";

    private static string NoReminders(DateOnly date) => $"No reminders on {Iso(date)}.";

    public static Command Create() => Create(TimeProvider.System);

    public static Command Create(TimeProvider time)
    {
        var plan = new Option<FileInfo?>("--plan") { Description = "The plan file (.txt, .md, .docx, .pdf)." };
        var at = new Option<string?>("--at") { Description = "The day to plan for (YYYY-MM-DD); default today in Asia/Ho_Chi_Minh." };
        var json = new Option<bool>("--json") { Description = "Print {\"date\", \"digests\": [{\"agency\", \"items\"}]} as JSON." };
        var command = new Command("remind", "Show the reminders a plan's tasks would get on a day.");
        command.Options.Add(plan);
        command.Options.Add(at);
        command.Options.Add(json);
        command.SetAction(result => Run(result.GetValue(plan), result.GetValue(at), result.GetValue(json), Console.Out, Console.Error, time));
        return command;
    }

    /// <summary>Returns the exit code: 0 when planned, 1 when the plan cannot be read, 2 for bad arguments.</summary>
    public static int Run(FileInfo? plan, string? atText, bool json, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var at = VietnamTime.Today(time);
        if (atText is not null && !DateOnly.TryParseExact(atText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            error.WriteLine(NotADate(atText));
            return 2;
        }

        if (plan is null)
        {
            error.WriteLine(PlanMissing);
            return 2;
        }

        PlanImport import;
        try
        {
            using var content = plan.OpenRead();
            import = PlanImporter.Default.Import(content, plan.Name);
        }
        catch (Exception e) when (e is PlanReadException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(CannotRead(plan.Name, e.Message));
            return 1;
        }

        var digests = ReminderPlanner.Default.Plan(ImportedTasks.Track(import, Path.GetFileNameWithoutExtension(plan.Name), at), at);
        if (json)
        {
            WriteJson(at, digests, output);
        }
        else
        {
            WriteTable(at, digests, output);
        }

        return 0;
    }

    private static void WriteJson(DateOnly date, IReadOnlyList<ReminderDigest> digests, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(date));
            json.WriteStartArray("digests");
            foreach (var digest in digests)
            {
                json.WriteStartObject();
                json.WriteString("agency", digest.Agency);
                json.WriteStartArray("items");
                foreach (var item in digest.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("ref", item.Ref);
                    json.WriteString("title", item.Title);
                    json.WriteString("due", Iso(item.Due));
                    if (item.Occurrence is not null)
                    {
                        json.WriteString("occurrence", item.Occurrence);
                        json.WriteString("period", item.OccurrenceLabel);
                    }

                    json.WriteString("kind", item.Kind.ToString().ToLowerInvariant());
                    json.WriteNumber("days", item.Days);
                    json.WriteBoolean("escalated", item.Escalated);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTable(DateOnly date, IReadOnlyList<ReminderDigest> digests, TextWriter output)
    {
        if (digests.Count == 0)
        {
            output.WriteLine(NoReminders(date));
            return;
        }

        output.WriteLine($"Reminders on {Iso(date)}");
        foreach (var digest in digests)
        {
            output.WriteLine();
            output.WriteLine(digest.Agency);
            foreach (var item in digest.Items)
            {
                var title = item.Title.Length > 70 ? string.Concat(item.Title.AsSpan(0, 69), "…") : item.Title;
                var period = item.OccurrenceLabel is null ? string.Empty : $" ({item.OccurrenceLabel})";
                output.WriteLine($"  {item.Ref,-10} {Iso(item.Due)}  {Status(item),-28} {title}{period}");
            }
        }
    }

    private static string Status(ReminderItem item) => item.Kind switch
    {
        ReminderKind.Before => $"{item.Days} day(s) left",
        ReminderKind.Due => "due today",
        _ => $"{item.Days} day(s) overdue{(item.Escalated ? ", escalated" : string.Empty)}",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
