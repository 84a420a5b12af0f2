using System.Text.RegularExpressions;
using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Structure;

/// <summary>
/// Builds the outline of a plan from its paragraphs: Roman sections (<c>II.</c>), items (<c>2.</c>), sub-items
/// (<c>a)</c> … <c>đ)</c>, <c>2.1.</c>), everything else attached to the part it follows. The body ends at
/// <c>Nơi nhận</c>; the appendix starts at <c>Phụ lục</c>.
/// </summary>
internal static partial class OutlineReader
{
    private const double UpperShare = 0.6;

    public static PlanOutline Read(IReadOnlyList<Paragraph> paragraphs)
    {
        var header = new List<Paragraph>();
        var appendix = new List<Paragraph>();
        var root = new OutlineNode(NodeKind.Document, string.Empty, string.Empty, 1, null);
        OutlineNode? section = null;
        OutlineNode? item = null;
        OutlineNode? current = null;
        var part = Part.Header;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            if (AppendixStart().IsMatch(text) || (part != Part.Appendix && paragraph.IsTableRow && LooksLikeTaskTable(text)))
            {
                part = Part.Appendix;
            }

            if (part == Part.Appendix)
            {
                appendix.Add(paragraph);
                continue;
            }

            if (part == Part.Closing)
            {
                continue;
            }

            if (BodyEnd().IsMatch(text))
            {
                part = Part.Closing;
                continue;
            }

            if (Markers.Section().Match(text) is { Success: true } s && IsUpper(s.Groups["text"].Value))
            {
                part = Part.Body;
                section = Add(root, NodeKind.Section, s.Groups["label"].Value, s.Groups["text"].Value, paragraph.Line);
                item = current = section;
                continue;
            }

            if (part == Part.Header && section is null && !Markers.Item().IsMatch(text))
            {
                header.Add(paragraph);
                continue;
            }

            part = Part.Body;
            var parentOfItem = section ?? root;
            if (Markers.Item().Match(text) is { Success: true } i)
            {
                item = current = Add(parentOfItem, NodeKind.Item, i.Groups["label"].Value, i.Groups["text"].Value, paragraph.Line);
            }
            else if (Markers.NumberedSubItem().Match(text) is { Success: true } n && item is not null)
            {
                var parent = item.Kind == NodeKind.Item ? item : parentOfItem;
                current = Add(parent, NodeKind.SubItem, n.Groups["label"].Value.Split('.')[^1], n.Groups["text"].Value, paragraph.Line);
            }
            else if (Markers.LetteredSubItem().Match(text) is { Success: true } l && !Markers.Field().IsMatch(text) && item is not null)
            {
                current = Add(item, NodeKind.SubItem, l.Groups["label"].Value, l.Groups["text"].Value, paragraph.Line);
            }
            else if (Markers.Field().IsMatch(text) && Markers.LetteredSubItem().IsMatch(text) && item is not null)
            {
                item.Body.Add(paragraph);
            }
            else
            {
                (current ?? root).Body.Add(paragraph);
            }
        }

        return new PlanOutline(header, root, appendix);
    }

    private static OutlineNode Add(OutlineNode parent, NodeKind kind, string label, string title, int line)
    {
        var same = parent.LabelCounts.GetValueOrDefault(label);
        parent.LabelCounts[label] = same + 1;
        var reference = parent.Kind == NodeKind.Document ? label : $"{parent.Ref}.{label}";
        if (same > 0)
        {
            reference += (same + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var node = new OutlineNode(kind, reference, title.Trim(), line, parent, same > 0);
        parent.Children.Add(node);
        return node;
    }

    private static bool IsUpper(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) >= letters.Count * UpperShare;
    }

    private static bool LooksLikeTaskTable(string row) =>
        row.Contains("Nội dung", StringComparison.OrdinalIgnoreCase) && row.Contains("chủ trì", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:Phụ lục|PHỤ LỤC)(?:\s|$|[:.IVX\d])")]
    private static partial Regex AppendixStart();

    [GeneratedRegex(@"^(?:Nơi nhận|NƠI NHẬN|Trên đây là)")]
    private static partial Regex BodyEnd();

    private enum Part
    {
        Header,
        Body,
        Closing,
        Appendix,
    }
}
