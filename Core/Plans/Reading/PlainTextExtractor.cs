using System.Text;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>Reads plain text or Markdown (UTF-8, or UTF-16 with a byte-order mark) into lines; refuses binary content.</summary>
internal static class PlainTextExtractor
{
    private const double ControlShare = 0.01;

    public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> content, string fileName)
    {
        var bytes = content.Span;
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new PlanReadException(PlanMessages.Binary(fileName));
            }

            try
            {
                text = new UTF8Encoding(false, true).GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new PlanReadException(PlanMessages.NotUtf8(fileName));
            }
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > text.Length * ControlShare)
        {
            throw new PlanReadException(PlanMessages.Binary(fileName));
        }

        return text.Split(["\r\n", "\n", "\r", "\f"], StringSplitOptions.None);
    }
}
