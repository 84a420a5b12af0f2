namespace DeadlineBot.Core.Plans.Appendix;

/// <summary>One row of the appendix task table (<c>Phụ lục DANH MỤC NHIỆM VỤ</c>), its cells mapped by the header's words.</summary>
internal sealed record AppendixRow(
    int Row,
    int Line,
    string Title,
    string? Lead,
    string? Cooperating,
    string? ReportTo,
    string? Deadline,
    string? Note);
