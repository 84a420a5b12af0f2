using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Reads the words for open-ended work: <c>thường xuyên</c>, <c>liên tục</c>, <c>duy trì</c>.</summary>
internal static partial class OngoingReader
{
    public static void Read(MentionSink sink)
    {
        if (!sink.Has("thuong xuyen") && !sink.Has("lien tuc") && !sink.Has("duy tri"))
        {
            return;
        }

        foreach (var m in sink.Claim(Ongoing()))
        {
            sink.Add(new OngoingMention(m.Index, m.Index + m.Length));
        }
    }

    [GeneratedRegex(@"\b(?:thuong xuyen|lien tuc|duy tri)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();
}
