using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Appendix;

/// <summary>
/// Reads the appendix task table: finds the header row, maps its columns by their words (<c>Nội dung</c>,
/// <c>chủ trì</c>, <c>phối hợp</c>, <c>trình, báo cáo</c>, <c>Thời gian</c>, <c>Ghi chú</c>) and reads each row after it.
/// </summary>
internal static class AppendixReader
{
    public static List<AppendixRow> Read(IReadOnlyList<Paragraph> appendix)
    {
        var rows = new List<AppendixRow>();
        Dictionary<string, int>? columns = null;
        foreach (var paragraph in appendix.Where(p => p.IsTableRow))
        {
            var cells = paragraph.Text.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns is null)
            {
                columns = Columns(cells);
                continue;
            }

            var title = Cell(cells, columns, "title");
            if (title is null || Cell(cells, columns, "deadline") is null && Cell(cells, columns, "lead") is null)
            {
                continue;
            }

            rows.Add(new AppendixRow(
                rows.Count + 1, paragraph.Line, title, Cell(cells, columns, "lead"), Cell(cells, columns, "cooperating"),
                Cell(cells, columns, "report"), Cell(cells, columns, "deadline")?.TrimEnd('.'), Cell(cells, columns, "note")));
        }

        return rows;
    }

    private static Dictionary<string, int>? Columns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            var key = name switch
            {
                _ when Has(name, "chủ trì") || Has(name, "thực hiện") && Has(name, "Cơ quan") => "lead",
                _ when Has(name, "phối hợp") => "cooperating",
                _ when Has(name, "trình") || Has(name, "báo cáo") => "report",
                _ when Has(name, "Thời gian") || Has(name, "Thời hạn") || Has(name, "Tiến độ") => "deadline",
                _ when Has(name, "Ghi chú") => "note",
                _ when Has(name, "Nội dung") || Has(name, "Nhiệm vụ") || Has(name, "Tên") => "title",
                _ => null,
            };
            if (key is not null)
            {
                columns.TryAdd(key, i);
            }
        }

        return columns.ContainsKey("title") ? columns : null;
    }

    private static bool Has(string cell, string word) => cell.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static string? Cell(string[] cells, Dictionary<string, int> columns, string key) =>
        columns.TryGetValue(key, out var index) && index < cells.Length && cells[index].Length > 0 ? cells[index] : null;
}
