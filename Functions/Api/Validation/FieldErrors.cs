using System.Globalization;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Characters;
using DeadlineBot.Functions.Email;

namespace DeadlineBot.Functions.Api.Validation;

/// <summary>
/// Collects what is wrong with a request, keyed by the JSON field (<c>tasks[2].lead[0]</c>), and holds the field
/// rules every request shares. User text is normalised to NFC by <see cref="Text"/>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors.Add(field, messages);
        }

        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Checks one line of user text: required or not, at most <paramref name="maxLength"/>, and safe by <see cref="SafeText"/>
    /// (no control, invisible or non-characters). Markup is kept as written (a title may say "&lt; 5%") and encoded wherever it is
    /// shown: emails and pages.</summary>
    public bool Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, ApiMessages.Required);
            }

            return !required;
        }

        var before = _errors.Count;
        if (value.Length > maxLength)
        {
            Add(field, ApiMessages.TooLong(maxLength));
            return false;
        }

        if (SafeText.Find(value) is var fault and not TextFault.None)
        {
            Add(field, ApiMessages.Unsafe(fault));
        }

        return _errors.Count == before;
    }

    /// <summary>An agency name: letters (any script), combining marks, digits, spaces, dashes (– too) and <c>&amp; . , ( ) /</c>.</summary>
    public bool Name(string field, string? value, bool required = true)
    {
        if (!Text(field, value, Limits.Name, required) || value is null)
        {
            return false;
        }

        if (!value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '&' or '.' or ',' or '(' or ')' or '/'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.DashPunctuation))
        {
            Add(field, ApiMessages.NameCharacters);
            return false;
        }

        if (!AgencyId.TryFromName(value, out _))
        {
            Add(field, ApiMessages.NoLetters);
            return false;
        }

        return true;
    }

    /// <summary>A list of names, each checked, at most <see cref="Limits.ListItems"/>.</summary>
    public void Names(string field, IReadOnlyList<string>? values, bool required)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                Add(field, ApiMessages.NoLead);
            }

            return;
        }

        if (values.Count > Limits.ListItems)
        {
            Add(field, ApiMessages.TooMany(Limits.ListItems));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            Name(Item(field, i), values[i]);
        }
    }

    /// <summary>One email address as <see cref="EmailAddressRule"/> accepts it: a single plain address, no display name.</summary>
    public bool Email(string field, string? value)
    {
        if (!Text(field, value, Limits.Email))
        {
            return false;
        }

        if (!EmailAddressRule.Accepts(value))
        {
            Add(field, ApiMessages.Email);
            return false;
        }

        return true;
    }

    /// <summary>A date of a plan's life: years <see cref="Limits.FirstYear"/> to <see cref="Limits.LastYear"/>.</summary>
    public bool Date(string field, DateOnly? value)
    {
        if (value is { Year: < Limits.FirstYear or > Limits.LastYear })
        {
            Add(field, ApiMessages.OutOfRange(Limits.FirstYear, Limits.LastYear));
            return false;
        }

        return true;
    }

    public static string Item(string field, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");

    public static string Member(string field, string member) => $"{field}.{member}";

    /// <summary>User text as stored (see <see cref="SafeText.Clean"/>): NFC, trimmed; null stays null.</summary>
    public static string? Clean(string? value) => SafeText.Clean(value);
}
