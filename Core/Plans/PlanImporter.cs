using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Core.Plans;

/// <summary>Reads a plan (text, Markdown, .docx, PDF) into tasks for staff to review.</summary>
public sealed class PlanImporter
{
    public PlanImporter(AgencyDirectory agencies, DeadlineParser deadlines)
    {
        Agencies = agencies;
        Deadlines = deadlines;
    }

    public static PlanImporter Default { get; } = new(AgencyDirectory.Default, DeadlineParser.Default);

    public AgencyDirectory Agencies { get; }

    public DeadlineParser Deadlines { get; }

    /// <summary>Imports the document; throws <see cref="PlanReadException"/> when it cannot be read at all.</summary>
    public PlanImport Import(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        _ = Agencies.Canonical(fileName);
        throw new PlanReadException($"{fileName}: plan import is not available yet.");
    }
}
