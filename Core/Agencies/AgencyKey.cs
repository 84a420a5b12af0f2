using System.Globalization;
using System.Text;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// The comparison key of an agency name: NFC, lower case, one space between words, one kind of dash,
/// no spaces around <c>&amp;</c> and <c>-</c>, and the old tone placement (<c>hoá</c>, <c>uỷ</c>) folded to the new.
/// </summary>
internal static class AgencyKey
{
    private static readonly (string Old, string New)[] TonePlacement =
    [
        ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    public static string Of(string name)
    {
        var text = name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var d = c is '–' or '—' or '‑' ? '-' : c;
            if (char.IsWhiteSpace(d) || d is ',' or '.' or ';' or ':')
            {
                space = key.Length > 0;
                continue;
            }

            var joins = d is '&' or '-';
            if (space && !joins && key.Length > 0 && key[^1] is not ('&' or '-'))
            {
                key.Append(' ');
            }

            key.Append(d);
            space = false;
        }

        foreach (var (old, replacement) in TonePlacement)
        {
            key.Replace(old, replacement);
        }

        return key.ToString();
    }
}
