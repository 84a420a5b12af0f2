using System.Globalization;
using System.Text;

namespace DeadlineBot.Core.Agencies;

/// <summary>
/// A stable key for an agency, derived from its canonical name: ASCII, lower case, words joined by '-'
/// ("Sở Nội vụ" → "so-noi-vu"). Safe as a Table Storage key and in URLs.
/// </summary>
public readonly record struct AgencyId
{
    private AgencyId(string value) => Value = value;

    public string Value { get; }

    public static AgencyId FromName(string canonicalName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonicalName);
        return TryFromName(canonicalName, out var id)
            ? id
            : throw new ArgumentException("An agency name needs at least one letter or digit.", nameof(canonicalName));
    }

    /// <summary>The id of <paramref name="canonicalName"/>; false when the name has no Latin letter or digit.</summary>
    public static bool TryFromName(string? canonicalName, out AgencyId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(canonicalName))
        {
            return false;
        }

        var decomposed = canonicalName.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (ascii is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (dash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(ascii);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        if (slug.Length == 0)
        {
            return false;
        }

        id = new AgencyId(slug.ToString());
        return true;
    }

    /// <summary>Wraps an id read back from storage or a URL; it must already be a slug.</summary>
    public static bool TryParse(string? value, out AgencyId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > 200
            || !value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return false;
        }

        id = new AgencyId(value);
        return true;
    }

    public override string ToString() => Value;
}
