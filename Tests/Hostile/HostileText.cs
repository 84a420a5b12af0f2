using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Hostile;

/// <summary>Text an attacker would type: injections, markup, CR/LF, invisible and non-characters, overlong and random UTF-16.</summary>
public static class HostileText
{
    /// <summary>Strings that target one weakness each.</summary>
    public static readonly string[] Pointed =
    [
        "' or 1 eq 1 or PartitionKey eq '", "PartitionKey ne ''", "\" or \"\"=\"", "'; DROP TABLE tasks; --", "../../etc/passwd",
        "..\\..\\windows\\win.ini", "..", ".", "%2e%2e%2f", "a/b", "a#b", "a?b=c", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}", "Tiêu đề\r\nBcc: all@example.com",
        "line\nbreak", "tab\there", "nul\0byte", "\u0085next", "line\u2028sep", "\u202Efdp.exe", "Sở Nội vụ\u202E", "a\u200Bb",
        "\u200Dzero", "\uFEFFbom", "soft\u00ADhyphen", "a\u2066isolate\u2069", "a\uFFFEb", "\uFFFF", "\uFDD0x", "x\uD800", "\uDFFFx",
        "\uD83F\uDFFE", "\U000E0041tag", "So\u0323\u031B No\u0323i vu\u0323", "Sở Nội vụ", "👍🏽👨‍👩‍👧", "مرحبا", "ẞ",
        "%00", "%0d%0a", "&amp;&lt;&#x202E;", "\\u0000", "null", "true", "0", "-1", "1e309", "", " ", "　",
        new string('A', 301), new string('ệ', 4001), new string('x', 70_000),
    ];

    public static Gen<string> Any { get; } = Gen.Frequency(
        (5, Gen.Elements(Pointed)),
        (2, Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars))),
        (1, Gen.Choose(0, 6000).Select(n => new string('đ', n))),
        (2, Gen.Elements("Tổ chức Hội nghị tổng kết", "Sở Tài chính", "Quý IV năm 2022", "UBND tỉnh", "168/KH-UBND")));

    /// <summary>
    /// Text as it would sit in a URL: percent-encoded UTF-8 (lone surrogates become U+FFFD), or raw escapes a
    /// browser would never send: invalid and overlong UTF-8, an encoded noncharacter, NUL, CR/LF, a slash.
    /// </summary>
    public static Gen<string> InUrl { get; } = Gen.Frequency(
        (4, Any.Select(Escape)),
        (1, Gen.Elements("%FF", "%C0%AE%C0%AE%2F", "%EF%BF%BE", "%ED%A0%80", "%00", "%0D%0A", "%2F", "%25", "%", "%zz", "..%2F..%2F", "%E2%80%AE")));

    /// <summary>Percent-encodes every byte of the UTF-8 form except the unreserved characters.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    /// <summary>A JSON string literal that escapes every non-ASCII UTF-16 unit as it is, lone surrogates included.</summary>
    public static string Json(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }
}
