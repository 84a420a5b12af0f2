using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Structure;

/// <summary>One part of a plan's outline: its label and title, the paragraphs under it and its sub-parts.</summary>
internal sealed class OutlineNode
{
    public OutlineNode(NodeKind kind, string reference, string title, int line, OutlineNode? parent, bool repeatedLabel = false)
    {
        Kind = kind;
        Ref = reference;
        Title = title;
        Line = line;
        Parent = parent;
        RepeatedLabel = repeatedLabel;
    }

    public NodeKind Kind { get; }

    /// <summary>The stable reference: <c>II</c>, <c>II.2</c>, <c>II.2.a</c>, <c>II.4.d2</c> for a repeated letter.</summary>
    public string Ref { get; }

    public string Title { get; }

    public int Line { get; }

    public OutlineNode? Parent { get; }

    public bool RepeatedLabel { get; }

    public List<Paragraph> Body { get; } = [];

    public List<OutlineNode> Children { get; } = [];

    /// <summary>How many children carry each label so far, to tell a repeated label (two <c>d)</c> in a row).</summary>
    public Dictionary<string, int> LabelCounts { get; } = new(StringComparer.Ordinal);

    public IEnumerable<OutlineNode> Leaves() =>
        Children.Count == 0 ? [this] : Children.SelectMany(c => c.Leaves());

    public IEnumerable<OutlineNode> AncestorsAndSelf()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }
}
