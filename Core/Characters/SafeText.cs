using System.Globalization;
using System.Text;

namespace DeadlineBot.Core.Characters;

/// <summary>
/// The one rule for text that people type or documents carry and that emails and pages show again: no control
/// characters, no invisible formatting characters (which can make a title read as something else), nothing that is
/// not a character (which Unicode normalisation refuses). <see cref="Find"/> judges text a user sends (the API refuses
/// it, naming the field); <see cref="Strip"/> cleans text read from a document (nobody can retype it).
/// </summary>
public static class SafeText
{
    /// <summary>The first fault in <paramref name="text"/>, or <see cref="TextFault.None"/>.</summary>
    public static TextFault Find(string? text)
    {
        if (text is null)
        {
            return TextFault.None;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var fault = FaultAt(text, ref i);
            if (fault != TextFault.None)
            {
                return fault;
            }
        }

        return TextFault.None;
    }

    /// <summary>
    /// <paramref name="text"/> without invisible characters and non-characters; control characters are left to the
    /// caller (a document reader turns them into spaces). Never throws, so the result can be normalised.
    /// </summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasFaultBeyondControls(text))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (FaultAt(text, ref i) is TextFault.None or TextFault.Control)
            {
                kept.Append(text, start, i - start + 1);
            }
        }

        return kept.ToString();
    }

    /// <summary>User text as stored: stripped, NFC, trimmed; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = Strip(text).Normalize(NormalizationForm.FormC).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static bool HasFaultBeyondControls(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (FaultAt(text, ref i) is TextFault.Invisible or TextFault.NotACharacter)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fault of the character at <paramref name="i"/>; a surrogate pair advances <paramref name="i"/> to its second half.</summary>
    private static TextFault FaultAt(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            i++;
            return (codePoint & 0xFFFE) == 0xFFFE ? TextFault.NotACharacter
                : CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format ? TextFault.Invisible
                : TextFault.None;
        }

        if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
        {
            return TextFault.NotACharacter;
        }

        return char.IsControl(c) || c is '\u2028' or '\u2029' ? TextFault.Control
            : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? TextFault.Invisible
            : TextFault.None;
    }
}
