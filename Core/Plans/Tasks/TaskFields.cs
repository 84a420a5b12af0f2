using System.Text.RegularExpressions;
using DeadlineBot.Core.Plans.Lines;

namespace DeadlineBot.Core.Plans.Tasks;

/// <summary>The field lines under a task: <c>Cơ quan thực hiện</c>, <c>Thời gian …</c> (with the body reported to), <c>Kinh phí</c>.</summary>
internal sealed partial record TaskFields(string? Agencies, string? Deadline, string? ReportTo, string? Budget)
{
    public static TaskFields Empty { get; } = new(null, null, null, null);

    public static TaskFields Read(IEnumerable<Paragraph> body)
    {
        var fields = Empty;
        foreach (var paragraph in body)
        {
            var match = Lines.Markers.Field().Match(paragraph.Text);
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["key"].Value;
            var value = match.Groups["value"].Value.Trim().TrimEnd('.').Trim();
            if (key.StartsWith("Cơ quan", StringComparison.Ordinal) || key.StartsWith("Đơn vị", StringComparison.Ordinal))
            {
                fields = fields with { Agencies = fields.Agencies ?? value };
            }
            else if (key.StartsWith("Kinh phí", StringComparison.Ordinal))
            {
                fields = fields with { Budget = fields.Budget ?? value };
            }
            else if (fields.Deadline is null)
            {
                var report = ReportedTo().Match(key);
                fields = fields with { Deadline = value, ReportTo = report.Success ? report.Groups["to"].Value.Trim() : null };
            }
        }

        return fields;
    }

    /// <summary>These fields, with what they lack taken from <paramref name="outer"/> (the item a sub-item belongs to).</summary>
    public TaskFields Or(TaskFields outer) =>
        new(Agencies ?? outer.Agencies, Deadline ?? outer.Deadline, Deadline is null ? outer.ReportTo : ReportTo, Budget ?? outer.Budget);

    [GeneratedRegex(@"(?:báo cáo|trình)\s+(?<to>.+)$")]
    private static partial Regex ReportedTo();
}
