using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Reads spans of whole years: <c>giai đoạn 2021 – 2025</c>, <c>năm 2021 - 2022</c>, <c>trong năm 2021 và năm 2022</c>.</summary>
internal static partial class YearRangeReader
{
    public static void Read(MentionSink sink)
    {
        if (Years().Count(sink.Text) < 2)
        {
            return;
        }

        ReadRanges(sink, Named());
        ReadRanges(sink, Joined());
        ReadRanges(sink, Bare());
    }

    private static void ReadRanges(MentionSink sink, Regex pattern)
    {
        foreach (var m in sink.Claim(pattern))
        {
            var from = Numbers.Of(m.Groups["a"]);
            var to = Numbers.Of(m.Groups["b"]);
            if (to < from)
            {
                sink.Warn(DeadlineMessages.RangeReversed(sink.Written(m)));
                continue;
            }

            sink.Add(new YearRangeMention(m.Index, m.Index + m.Length, from, to));
        }
    }

    [GeneratedRegex(@"(?:19|20|21)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:giai doan|thoi ky|nien khoa|nam|cac nam)\s+(?<a>(?:19|20|21)\d{2})\s*(?:-|den het|den|toi)\s*(?:nam\s+)?(?<b>(?:19|20|21)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"\bnam\s+(?<a>(?:19|20|21)\d{2})\s*(?:va|,)\s*(?:nam\s+)?(?<b>(?:19|20|21)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"(?<![\d/.-])(?<a>(?:19|20|21)\d{2})\s*-\s*(?<b>(?:19|20|21)\d{2})(?![\d/.-])", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
