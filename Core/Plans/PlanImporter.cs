using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Plans.Appendix;
using DeadlineBot.Core.Plans.Header;
using DeadlineBot.Core.Plans.Lines;
using DeadlineBot.Core.Plans.Reading;
using DeadlineBot.Core.Plans.Structure;
using DeadlineBot.Core.Plans.Tasks;

namespace DeadlineBot.Core.Plans;

/// <summary>
/// Reads a plan (text, Markdown, .docx, PDF) into tasks for staff to review. The same plan gives the same tasks
/// whatever its file type. User text never makes it throw; a file it cannot read at all gives a
/// <see cref="PlanReadException"/> with a clear message.
/// </summary>
public sealed class PlanImporter
{
    /// <summary>The largest file accepted: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>What deadlines count from when a document cites no date at all (said in a warning).</summary>
    private static readonly DateOnly NoDate = new(2000, 1, 1);

    public PlanImporter(AgencyDirectory agencies, DeadlineParser deadlines)
    {
        Agencies = agencies;
        Deadlines = deadlines;
    }

    public static PlanImporter Default { get; } = new(AgencyDirectory.Default, DeadlineParser.Default);

    public AgencyDirectory Agencies { get; }

    public DeadlineParser Deadlines { get; }

    /// <summary>The size cap; larger files are refused before they are read through.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The other bounds on the work one document may cause (unpacked size, text, pages).</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// Imports the document; throws <see cref="PlanReadException"/> when it cannot be read at all or is beyond the
    /// limits, and <see cref="OperationCanceledException"/> as soon as it notices the token cancelled.
    /// </summary>
    public PlanImport Import(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var (kind, raw, hash) = PlanDocumentReader.Read(content, fileName, Limits with { MaxBytes = MaxBytes }, cancellationToken);
        var lines = new List<string>(raw.Count);
        foreach (var line in raw)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.AddRange(LineCleaner.Split(line).Select(LineCleaner.Clean));
        }

        var outline = OutlineReader.Read(ParagraphJoiner.Join(lines));
        cancellationToken.ThrowIfCancellationRequested();
        var header = PlanHeaderReader.Read(outline.Header);
        var countFrom = header.CountFrom ?? NoDate;

        var assignments = new AssignmentReader(Agencies);
        var drafts = new TaskBuilder(assignments).Build(outline.Body);
        var appendix = AppendixReader.Read(outline.Appendix);
        var warnings = header.Warnings.ToList();
        if (header.CountFrom is null)
        {
            warnings.Add(PlanMessages.NoDateAtAll(NoDate));
        }
        if ((long)appendix.Count * drafts.Count > AppendixMerger.MostPairs)
        {
            warnings.Add(PlanMessages.AppendixTooLarge(appendix.Count, drafts.Count));
        }

        var tasks = drafts.Select(d => Complete(d, countFrom)).ToList();
        var merged = new AppendixMerger(assignments, Deadlines, countFrom).Merge(tasks, appendix, d => Complete(d, countFrom));
        var (withRule, rule) = ReportingRules.Apply(PlanPeriod.Apply(merged.Tasks, PlanPeriod.EndOf(header.Metadata.Title, Deadlines, countFrom)));
        var problems = Completeness.Problems(kind, lines, outline, withRule, appendix.Count);
        if (outline.Appendix.Count > 0 && appendix.Count == 0)
        {
            problems.Add(PlanMessages.AppendixWithoutTable);
        }

        if (withRule.Count == 0)
        {
            problems.Add(PlanMessages.NoTasks);
        }
        else if (problems.Count == 0 && !withRule.Any(t => t.Deadline.Schedules.Any(s => s.Kind is ScheduleKind.Due or ScheduleKind.Range)))
        {
            warnings.Add(PlanMessages.NoDatedTasks);
        }

        if (rule is not null)
        {
            warnings.Add(PlanMessages.ReportingRule(rule.Text));
        }

        return new PlanImport(header.Metadata, withRule, merged.Conflicts, [.. problems, .. warnings])
        {
            Problems = problems,
            ContentHash = hash,
            Kind = kind,
            ReportingRule = rule,
            CountedFrom = header.CountFrom,
        };
    }

    private PlanTask Complete(TaskDraft draft, DateOnly countFrom)
    {
        var deadline = draft.DeadlineText is { Length: > 0 } text
            ? TitleCadence.Apply(draft.Title, Deadlines.Parse(text, countFrom))
            : new DeadlineParseResult(string.Empty, [], [], null);
        var warnings = draft.Warnings.ToList();
        if (!draft.Assignment.HasLead)
        {
            warnings.Add(PlanMessages.NoLead);
        }

        if (draft.DeadlineText is null && FromProse(draft, countFrom) is { } read)
        {
            deadline = read;
            warnings.Add(PlanMessages.DeadlineFromText);
        }
        else if (draft.DeadlineText is null)
        {
            warnings.Add(PlanMessages.NoDeadline);
        }

        warnings.AddRange(deadline.Warnings);
        return new PlanTask(
            draft.Ref, draft.Title, draft.Assignment.Lead, draft.Assignment.Cooperating, draft.ReportTo, draft.DeadlineText,
            deadline, draft.Budget, draft.Source, warnings);
    }

    /// <summary>
    /// <c>Giao Sở Tài chính …, báo cáo UBND tỉnh trước ngày 30/6/2022</c>: what a task without a deadline line sets in its
    /// own text, when it sets something.
    /// </summary>
    private DeadlineParseResult? FromProse(TaskDraft draft, DateOnly countFrom) =>
        draft.Prose is { Length: > 0 } prose && Deadlines.Parse(prose, countFrom) is { IsUnderstood: true } read ? read : null;
}
