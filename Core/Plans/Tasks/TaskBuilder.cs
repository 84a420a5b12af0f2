using System.Text.RegularExpressions;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Plans.Lines;
using DeadlineBot.Core.Plans.Structure;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>
/// Turns a plan's outline into task drafts: every leaf of a task section (a sub-item, or an item without sub-items),
/// with its field lines, the agencies from <c>Cơ quan thực hiện</c> or from <c>Giao X chủ trì …</c> sentences, and what
/// it inherits from its item; assigned items of <c>TỔ CHỨC THỰC HIỆN</c>; repeating targets; reporting rules.
/// </summary>
internal sealed partial class TaskBuilder(AssignmentReader assignments)
{
    public const string BodyPart = "body";

    public List<TaskDraft> Build(OutlineNode root)
    {
        var drafts = new List<TaskDraft>();
        var sections = root.Children.Where(c => c.Kind == NodeKind.Section).ToList();
        if (sections.Count == 0)
        {
            sections = [root];
        }

        foreach (var section in sections)
        {
            var kind = Classify(section);
            foreach (var node in section.Leaves())
            {
                switch (kind)
                {
                    case SectionKind.Tasks when node != section:
                        drafts.AddRange(TasksOf(node));
                        break;
                    case SectionKind.Organisation when node != section && Assigns(node):
                        drafts.AddRange(TasksOf(node));
                        break;
                    case SectionKind.Targets:
                        drafts.AddRange(TargetsOf(node));
                        break;
                    default:
                        break;
                }

                drafts.AddRange(ReportingRulesOf(node));
            }
        }

        return drafts;
    }

    private static SectionKind Classify(OutlineNode section)
    {
        var title = section.Title;
        return title switch
        {
            _ when title.Contains("CHỈ TIÊU", StringComparison.Ordinal) => SectionKind.Targets,
            _ when title.Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal) => SectionKind.Organisation,
            _ when (title.Contains("MỤC ĐÍCH", StringComparison.Ordinal) || title.Contains("YÊU CẦU", StringComparison.Ordinal))
                && !title.Contains("NHIỆM VỤ", StringComparison.Ordinal) => SectionKind.Purpose,
            _ when title.Contains("PHƯƠNG HƯỚNG", StringComparison.Ordinal) => SectionKind.Purpose,
            _ => SectionKind.Tasks,
        };
    }

    private bool Assigns(OutlineNode node) => assignments.Read(node.Title).HasLead;

    private IEnumerable<TaskDraft> TasksOf(OutlineNode node)
    {
        var fields = node.AncestorsAndSelf().TakeWhile(n => n.Kind != NodeKind.Section && n.Kind != NodeKind.Document)
            .Select(n => TaskFields.Read(n.Body))
            .Aggregate(TaskFields.Empty, (inner, outer) => inner.Or(outer));
        var warnings = node.RepeatedLabel ? new List<string> { PlanMessages.RepeatedLabel(LabelOf(node)) } : [];

        var givenBullets = node.Body.Select(p => Bullet(p.Text)).Where(t => t is not null && Given().IsMatch(t)).ToList();
        if (givenBullets.Count >= 2 && fields.Agencies is null)
        {
            var number = 0;
            foreach (var paragraph in node.Body.Where(p => Bullet(p.Text) is { } t && Given().IsMatch(t)))
            {
                number++;
                var text = Bullet(paragraph.Text)!;
                yield return new TaskDraft(
                    $"{node.Ref}-{number}", Title(text), assignments.Read(text), fields.ReportTo, fields.Deadline,
                    fields.Budget, new SourceLocation(paragraph.Line, BodyPart), warnings, text);
            }

            yield break;
        }

        yield return new TaskDraft(
            node.Ref, Title(node.Title), AssignmentOf(node, fields), fields.ReportTo ?? ReportToIn(node), fields.Deadline,
            fields.Budget, new SourceLocation(node.Line, BodyPart), warnings, fields.Deadline is null ? ProseOf(node) : null);
    }

    /// <summary>The item's title and its sentences that are not field lines, one sentence after another.</summary>
    private static string ProseOf(OutlineNode node) =>
        string.Join(". ", node.Body.Where(p => !Markers.Field().IsMatch(p.Text)).Select(p => Bullet(p.Text) ?? p.Text).Prepend(node.Title)
            .Select(t => t.Trim().TrimEnd('.', ';').Trim()).Where(t => t.Length > 0));

    private Assignment AssignmentOf(OutlineNode node, TaskFields fields)
    {
        if (fields.Agencies is { } agencies)
        {
            return assignments.ReadAgencyLine(agencies);
        }

        var sentences = node.AncestorsAndSelf().TakeWhile(n => n.Kind != NodeKind.Section && n.Kind != NodeKind.Document)
            .SelectMany(n => new[] { n.Title }.Concat(n.Body.Where(p => !Markers.Field().IsMatch(p.Text)).Select(p => Bullet(p.Text) ?? p.Text)));
        foreach (var sentence in sentences)
        {
            var found = assignments.Read(sentence);
            if (found.HasLead)
            {
                return found;
            }
        }

        return node.Body.Select(p => Bullet(p.Text) ?? p.Text).Prepend(node.Title)
            .Select(assignments.ReadSubject).FirstOrDefault(a => a.HasLead) ?? Assignment.None;
    }

    private static string? ReportToIn(OutlineNode node)
    {
        var match = node.Body.Select(p => p.Text).Prepend(node.Title).Select(t => ReportsTo().Match(t)).FirstOrDefault(m => m.Success);
        return match?.Groups["to"].Value.Trim();
    }

    private static IEnumerable<TaskDraft> TargetsOf(OutlineNode node)
    {
        var bullet = 0;
        foreach (var paragraph in node.Body)
        {
            if (Bullet(paragraph.Text) is not { } text)
            {
                continue;
            }

            bullet++;
            var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => (Text: p, Repeat: Repeats().Match(p)))
                .Where(p => p.Repeat.Success)
                .ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var reference = parts.Count == 1 ? $"{node.Ref}-{bullet}" : $"{node.Ref}-{bullet}.{i + 1}";
                var title = Title(parts[i].Text.Remove(parts[i].Repeat.Index, parts[i].Repeat.Length));
                yield return new TaskDraft(
                    reference, title, Assignment.None, null, parts[i].Repeat.Groups["repeat"].Value.Trim(), null,
                    new SourceLocation(paragraph.Line, BodyPart), []);
            }
        }
    }

    private IEnumerable<TaskDraft> ReportingRulesOf(OutlineNode node)
    {
        var number = 0;
        foreach (var paragraph in node.Body)
        {
            var match = Reporting().Match(Bullet(paragraph.Text) ?? paragraph.Text);
            if (!match.Success)
            {
                continue;
            }

            number++;
            var what = match.Groups["what"].Value;
            var to = ReportedTo().Match(what);
            yield return new TaskDraft(
                number == 1 ? $"{node.Ref}.bc" : $"{node.Ref}.bc{number}",
                Title(what),
                new Assignment(AgencyList.Read(match.Groups["who"].Value, assignments.Directory), []),
                to.Success ? assignments.Directory.Canonical(to.Groups["to"].Value.Trim()) : null,
                match.Groups["when"].Value.Trim(),
                null,
                new SourceLocation(paragraph.Line, BodyPart),
                []);
        }
    }

    private static string? Bullet(string text) => Markers.Bullet().Match(text) is { Success: true } m ? m.Groups["text"].Value : null;

    private static string LabelOf(OutlineNode node) => node.Ref.Split('.')[^1].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    private static string Title(string text) => text.Trim().TrimEnd('.', ':', ';', ',').Trim();

    [GeneratedRegex(@"^(?:Giao|Đề nghị)\s")]
    private static partial Regex Given();

    [GeneratedRegex(@"\((?<repeat>[^()]{0,80}?(?:lần|[hH][àằ]ng năm|[hH][àằ]ng quý|[hH][àằ]ng tháng)[^()]{0,80})\)")]
    private static partial Regex Repeats();

    [GeneratedRegex(@"^(?<when>Định kỳ[^,]{0,80}?\d[^,]{0,80}),\s*(?<who>[^;]{1,200}?)\s+(?<what>báo cáo\s.+)$")]
    private static partial Regex Reporting();

    [GeneratedRegex(@"\s(?:đến|về|cho)\s+(?<to>(?:UBND|Ủy ban|Sở|Ban|Tỉnh ủy|HĐND)[^,;.(]{0,120}?)(?=\s+để|\s+trước|[,;.(]|$)")]
    private static partial Regex ReportedTo();

    [GeneratedRegex(@"báo cáo\s+(?<to>(?:UBND|Ủy ban nhân dân|Ban|Tỉnh ủy|HĐND|Sở)[^,;.(]{0,120}?)(?=\s+về|\s+để|\s+xem|[,;.(]|$)")]
    private static partial Regex ReportsTo();
}
