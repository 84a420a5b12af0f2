using System.CommandLine;
using System.Globalization;
using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Deadlines.Json;

namespace DeadlineBot.Cli;

/// <summary>
/// <c>deadlinebot parse "&lt;text&gt;" [--issued YYYY-MM-DD]</c> prints what a deadline text means;
/// <c>deadlinebot parse --batch</c> turns JSON Lines on stdin into one result object per line on stdout.
/// </summary>
internal static class ParseCommand
{
    public static Command Create() => Create(TimeProvider.System);

    public static Command Create(TimeProvider time)
    {
        var text = new Argument<string?>("text") { Arity = ArgumentArity.ZeroOrOne, Description = "The deadline text, e.g. \"Quý IV năm 2022\"." };
        var issued = new Option<string?>("--issued") { Description = "The document's date (YYYY-MM-DD); default today in Asia/Ho_Chi_Minh." };
        var batch = new Option<bool>("--batch") { Description = "Read JSON Lines {\"text\", \"issued\"} on stdin; write one JSON result per line." };
        var command = new Command("parse", "Read a Vietnamese deadline text into schedules.");
        command.Arguments.Add(text);
        command.Options.Add(issued);
        command.Options.Add(batch);
        command.SetAction(result => Run(
            result.GetValue(text), result.GetValue(issued), result.GetValue(batch), Console.In, Console.Out, Console.Error, time));
        return command;
    }

    /// <summary>
    /// The command's entry: parses <paramref name="text"/>, or in <paramref name="batch"/> mode each line of
    /// <paramref name="input"/>, and writes to <paramref name="output"/>. Returns the exit code: 0 when all was read,
    /// 1 when a text was not understood or a batch line was refused, 2 for bad arguments.
    /// </summary>
    public static int Run(string? text, string? issuedText, bool batch, TextReader input, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var issued = VietnamTime.Today(time);
        if (issuedText is { } written && !DeadlineJson.TryParseDate(written, out issued))
        {
            error.WriteLine(DeadlineMessages.IssuedNotADate(written));
            return 2;
        }

        if (batch)
        {
            return RunBatch(input, output, issued);
        }

        if (text is null)
        {
            error.WriteLine(DeadlineMessages.TextMissing);
            return 2;
        }

        var result = DeadlineParser.Default.Parse(text, issued);
        Print(result, issued, output);
        return result.IsUnderstood ? 0 : 1;
    }

    private static int RunBatch(TextReader input, TextWriter output, DateOnly defaultIssued)
    {
        var exit = 0;
        var number = 0;
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (DeadlineJson.TryReadRequest(line, defaultIssued, out var text, out var issued, out var problem))
            {
                output.WriteLine(DeadlineJson.Serialize(DeadlineParser.Default.Parse(text, issued)));
            }
            else
            {
                output.WriteLine(DeadlineJson.SerializeError(problem!, number));
                exit = 1;
            }
        }

        return exit;
    }

    private static void Print(DeadlineParseResult result, DateOnly issued, TextWriter output)
    {
        output.WriteLine($"Text:    {result.Text}");
        output.WriteLine($"Issued:  {Show(issued)}");
        foreach (var schedule in result.Schedules)
        {
            output.WriteLine($"- {Describe(schedule)}{(schedule.Span is { } span ? $"  ← \"{span.Of(result.Text)}\"" : string.Empty)}");
        }

        if (result.Note is { } note)
        {
            output.WriteLine($"Note:    {note}");
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"Warning: {warning}");
        }
    }

    private static string Describe(Schedule s) => s.Kind switch
    {
        ScheduleKind.Due => $"due {Show(s.Due)}",
        ScheduleKind.Range => $"range {Show(s.Start)} to {Show(s.Due)}",
        ScheduleKind.Recurring => $"recurring {Describe(s.Recurrence!)}{(s.Start is { } start ? $" from {Show(start)}" : string.Empty)}",
        _ => s.Start is { } from ? $"ongoing from {Show(from)}" : "ongoing",
    };

    private static string Describe(Recurrence r)
    {
        var unit = r.Unit.ToString().ToLowerInvariant();
        var every = r.Every == 1 ? $"every {unit}" : $"every {r.Every} {unit}s";
        var on = (r.Month, r.Day) switch
        {
            ({ } m, { } d) => $" on {d:00}/{m:00}",
            (null, { } d) => $" on day {d}",
            ({ } m, null) => $" in month {m}",
            _ => string.Empty,
        };
        var month = r.MonthOfPeriod switch
        {
            MonthOfPeriod.First => " in the first month of the quarter",
            MonthOfPeriod.Last => " in the last month of the quarter",
            _ => string.Empty,
        };
        return every + on + month + (r.Until is { } until ? $" until {Show(until)}" : string.Empty);
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}
