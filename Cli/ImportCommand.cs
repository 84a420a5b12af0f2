using System.CommandLine;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Plans;
using DeadlineBot.Core.Plans.Json;
using DeadlineBot.Core.Plans.Review;

namespace DeadlineBot.Cli;

/// <summary>
/// <c>deadlinebot import FILE [--json]</c>: reads a plan (text, Markdown, .docx, PDF) and prints its tasks for review,
/// as a table for a person (followed by the bodies the seed agency directory does not know, one line each) or as JSON. A file it cannot read gives a message on stderr and exit code 1; so does an
/// import that looks incomplete (its problems on stderr, after the output).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Kế hoạch cần đọc: .txt, .md, .docx hoặc .pdf (the plan file)." };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON (print JSON instead of a table)." };
        var command = new Command("import", "Đọc kế hoạch thành danh sách nhiệm vụ để rà soát (import a plan for review).");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse, parse.GetValue(file)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult parse, FileInfo file, bool asJson)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        PlanImport import;
        try
        {
            using var stream = file.OpenRead();
            import = PlanImporter.Default.Import(stream, file.Name);
        }
        catch (PlanReadException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(PlanMessages.CannotOpen(file.FullName, e.Message));
            return 1;
        }

        output.WriteLine(asJson ? PlanImportJson.Write(import) : PlanReviewTable.Write(import));
        if (!asJson)
        {
            var directory = AgencyDirectory.Default;
            foreach (var agency in NewAgencies.Find(import.Tasks.Select(t => t.Lead.Concat(t.Cooperating)), directory.Canonical, directory.Knows))
            {
                output.WriteLine(PlanMessages.NewAgency(agency.Name, agency.Tasks.Select(i => import.Tasks[i].Ref)));
            }
        }

        foreach (var problem in import.Problems)
        {
            error.WriteLine(problem);
        }

        return import.IsComplete ? 0 : 1;
    }
}
