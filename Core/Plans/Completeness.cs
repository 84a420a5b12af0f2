using DeadlineBot.Core.Plans.Appendix;
using DeadlineBot.Core.Plans.Lines;
using DeadlineBot.Core.Plans.Reading;
using DeadlineBot.Core.Plans.Structure;

namespace DeadlineBot.Core.Plans;

/// <summary>
/// Signs that an import lost part of its document, said to staff before anything else: far fewer tasks than the
/// document has deadline lines, a long document with hardly any task, an appendix whose rows match no body task, and
/// text that came out as unreadable characters or without a single Vietnamese letter (a PDF font with no usable
/// text encoding). Any of these makes the import incomplete.
/// </summary>
internal static class Completeness
{
    private const int FewestDeadlineLines = 3;
    private const int LongDocument = 2500;
    private const int FewTasks = 3;
    private const int FewestRows = 2;
    private const double Unreadable = 0.02;
    private const int EnoughLetters = 400;

    public static List<string> Problems(
        DocumentKind kind, IReadOnlyList<string> lines, PlanOutline outline, IReadOnlyList<PlanTask> tasks, int appendixRows)
    {
        var problems = new List<string>();
        Text(kind, lines, problems);
        var body = tasks.Where(t => t.Source.Part != AppendixMerger.AppendixPart).ToList();
        var deadlineLines = Paragraphs(outline.Body).Count(p => Markers.Field().Match(p.Text) is { Success: true } m
            && m.Groups["key"].Value.StartsWith("Th", StringComparison.Ordinal));
        var dated = body.Count(t => t.DeadlineText is not null);
        if (deadlineLines >= FewestDeadlineLines && dated * 2 < deadlineLines)
        {
            problems.Add(PlanMessages.FewerTasksThanDeadlines(deadlineLines, dated));
        }
        else if (body.Count < FewTasks && lines.Sum(l => l.Length) / 6 > LongDocument)
        {
            problems.Add(PlanMessages.FewTasksForLength(body.Count));
        }

        var unmatched = tasks.Count(t => t.Source.Part == AppendixMerger.AppendixPart);
        if (appendixRows >= FewestRows && unmatched * 2 > appendixRows)
        {
            problems.Add(PlanMessages.AppendixUnmatched(unmatched, appendixRows));
        }

        return problems;
    }

    private static void Text(DocumentKind kind, IReadOnlyList<string> lines, List<string> problems)
    {
        long letters = 0, odd = 0, vietnamese = 0;
        foreach (var c in lines.SelectMany(l => l))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            letters++;
            odd += c == '\ufffd' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Control ? 1 : 0;
            vietnamese += "đĐăĂâÂêÊôÔơƠưƯ".Contains(c, StringComparison.Ordinal) || (c >= '\u1ea0' && c <= '\u1ef9') ? 1 : 0;
        }

        if (odd > letters * Unreadable)
        {
            problems.Add(PlanMessages.UnreadableCharacters(odd));
        }
        else if (kind == DocumentKind.Pdf && letters >= EnoughLetters && vietnamese == 0)
        {
            problems.Add(PlanMessages.NoVietnameseLetters);
        }
    }

    private static IEnumerable<Paragraph> Paragraphs(OutlineNode node) =>
        node.Body.Concat(node.Children.SelectMany(Paragraphs));
}
