using System.Text.RegularExpressions;

namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>
/// Reads the words for open-ended work: <c>thường xuyên</c>, <c>liên tục</c>, <c>duy trì</c>; and <c>(có hiệu lực)
/// kể từ ngày ký (ban hành)</c>, which starts on the issue date.
/// </summary>
internal static partial class OngoingReader
{
    public static void Read(MentionSink sink)
    {
        if (sink.Has("tu ngay ky") || sink.Has("tu ngay ban hanh"))
        {
            ReadFromSigning(sink);
        }

        if (!sink.Has("thuong xuyen") && !sink.Has("lien tuc") && !sink.Has("duy tri"))
        {
            return;
        }

        foreach (var m in sink.Claim(Ongoing()))
        {
            sink.Add(new OngoingMention(m.Index, m.Index + m.Length));
        }
    }

    /// <summary>The signing day, read as the issue date; <c>tính từ</c>/<c>kể từ</c> before it make it a start.</summary>
    private static void ReadFromSigning(MentionSink sink)
    {
        foreach (var m in sink.Claim(FromSigning()))
        {
            var day = m.Groups["day"];
            sink.Add(new PeriodMention(day.Index, day.Index + day.Length, sink.Written(m), PeriodGrain.Date, sink.Issued.Year, sink.Issued.Month, sink.Issued.Day));
        }
    }

    [GeneratedRegex(@"\b(?:ke|tinh)?\s*tu\s+ngay\s+(?<day>ky(?:\s+ban hanh)?|ban hanh)\b(?!\s+(?:quyet dinh|van ban|ke hoach|thong tu|nghi dinh|nghi quyet|chi thi)\s+so)", RegexOptions.CultureInvariant)]
    private static partial Regex FromSigning();

    [GeneratedRegex(@"\b(?:thuong xuyen|lien tuc|duy tri)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();
}
