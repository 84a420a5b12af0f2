namespace DeadlineBot.Core.Plans.Structure;

/// <summary>The levels of a plan: Roman sections, numbered items, lettered or <c>2.1.</c> sub-items.</summary>
internal enum NodeKind
{
    Document,
    Section,
    Item,
    SubItem,
}
