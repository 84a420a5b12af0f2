using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// Reads who leads and who cooperates from the wording of a plan: <c>X chủ trì, phối hợp với Y</c>,
/// <c>X chủ động phối hợp với Y</c> (X leads), <c>Giao X …</c> and <c>Đề nghị X …, phối hợp với Y</c> (X leads).
/// Never throws on user text; returns <see cref="Assignment.None"/> when the text assigns nobody.
/// </summary>
public sealed partial class AssignmentReader
{
    private const int LongestLead = 240;

    public AssignmentReader(AgencyDirectory directory)
    {
        Directory = directory;
    }

    public AgencyDirectory Directory { get; }

    /// <summary>Reads the value of a <c>Cơ quan thực hiện:</c> line: an assignment, or else a plain list of leads.</summary>
    public Assignment ReadAgencyLine(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var assignment = Read(value);
        return assignment.HasLead ? assignment : new Assignment(AgencyList.Read(value, Directory), []);
    }

    /// <summary>Reads a sentence of the body; <see cref="Assignment.None"/> when it names no lead.</summary>
    public Assignment Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        var assigned = Assigned().Match(text);
        if (assigned.Success)
        {
            return Split(assigned.Groups["lead"].Value, assigned.Groups["rest"].Value);
        }

        var leads = Leads().Match(text);
        if (leads.Success && Plausible(leads.Groups["lead"].Value))
        {
            return Split(leads.Groups["lead"].Value, leads.Groups["rest"].Value);
        }

        return Assignment.None;
    }

    /// <summary>The known agency a sentence opens with, as the lead ("Sở Tài chính tham mưu …").</summary>
    public Assignment ReadSubject(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var known = Directory.KnownAtStart(sentence.Trim());
        return known is null ? Assignment.None : new Assignment([known], []);
    }

    private bool Plausible(string lead) =>
        (AgencyList.StartsWithAgencyWord(lead) || Directory.KnownAtStart(lead) is not null)
        && lead.Length <= LongestLead && !lead.Contains("trách nhiệm", StringComparison.Ordinal)
        && !lead.StartsWith("Thủ trưởng", StringComparison.Ordinal);

    private Assignment Split(string lead, string rest)
    {
        var cooperating = Cooperating().Match(rest);
        var leads = AgencyList.Read(lead, Directory);
        var others = cooperating.Success ? AgencyList.Read(cooperating.Groups["list"].Value, Directory) : [];
        return new Assignment(leads, others.Where(o => !leads.Contains(o, StringComparer.Ordinal)).ToList());
    }

    [GeneratedRegex(@"(?:^|[.;:]\s+|,\s+|^-\s+)(?:Giao(?!\s+thông)(?:\s+cho)?|Đề nghị)\s+(?<lead>[^;:]{1,240}?)(?<rest>(?:,\s*)?(?<!Ban)\s(?:chủ trì|phối hợp|chủ động|làm đầu mối|tham mưu|nghiên cứu|triển khai|thực hiện|hướng dẫn|tổ chức|theo dõi|đôn đốc|kiểm tra|cụ thể ho[áa]|xây dựng|chỉ đạo|lập)(?=\s|[,.;:]|$).*)$")]
    private static partial Regex Assigned();

    [GeneratedRegex(@"^(?:-\s+)?(?<lead>[^;:]{1,240}?)(?<rest>\s(?:chủ trì|chủ động phối hợp)(?=\s|[,.;:]|$).*)$")]
    private static partial Regex Leads();

    [GeneratedRegex(@"phối hợp(?:\s+với)?\s*,?\s*(?<list>.+)$")]
    private static partial Regex Cooperating();
}
