using System.Text.RegularExpressions;
using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Collects what the readers find in one folded text. Readers run from the most specific pattern to the least;
/// a span once claimed (even by something that turned out invalid) is not read again.
/// </summary>
internal sealed class MentionSink(FoldedText folded, DateOnly issued, WorkingCalendar calendar)
{
    private readonly List<(int Start, int End)> _claimed = [];

    public string Text { get; } = folded.Text;

    public DateOnly Issued { get; } = issued;

    public WorkingCalendar Calendar { get; } = calendar;

    public List<Mention> Mentions { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>Events a deadline counts from that have no date (<c>sau khi Đề án được phê duyệt</c>), kept as the note.</summary>
    public List<string> Events { get; } = [];

    /// <summary>The unclaimed matches of <paramref name="pattern"/> that <paramref name="accept"/> takes, each claimed as it is returned.</summary>
    public IEnumerable<Match> Claim(Regex pattern, Func<Match, bool>? accept = null)
    {
        for (var match = pattern.Match(Text); match.Success; match = match.NextMatch())
        {
            if (IsFree(match.Index, match.Index + match.Length) && (accept is null || accept(match)))
            {
                _claimed.Add((match.Index, match.Index + match.Length));
                yield return match;
            }
        }
    }

    /// <summary>What the user wrote behind a match, for messages.</summary>
    public string Written(Match match) => folded.Original(match.Index, match.Index + match.Length);

    /// <summary>What the user wrote behind [<paramref name="start"/>, <paramref name="end"/>) of the folded text.</summary>
    public string Written(int start, int end) => folded.Original(start, end);

    /// <summary>Where [<paramref name="start"/>, <paramref name="end"/>) of the folded text stands in the text parsed.</summary>
    public TextSpan SourceSpan(int start, int end) => folded.SourceSpan(start, end);

    /// <summary>A cheap test before running a pattern: does the folded text contain <paramref name="fragment"/>?</summary>
    public bool Has(string fragment) => Text.Contains(fragment, StringComparison.Ordinal);

    public void Add(Mention mention) => Mentions.Add(mention);

    public void Warn(string warning) => Warnings.Add(warning);

    private bool IsFree(int start, int end)
    {
        foreach (var (s, e) in _claimed)
        {
            if (start < e && s < end)
            {
                return false;
            }
        }

        return true;
    }
}
