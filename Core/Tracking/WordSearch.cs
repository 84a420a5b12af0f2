using System.Globalization;

namespace DeadlineBot.Core.Tracking;

/// <summary>
/// Search by words as officials type them: every word must appear in the text, case and Vietnamese diacritics aside
/// ("qua han" finds "quá hạn", "dau tu" finds "Đầu tư"); an empty query matches everything.
/// </summary>
public sealed class WordSearch
{
    /// <summary>The root collation: â, ơ, ư are a, o, u with marks (Vietnamese collation makes them letters of their own, so "dau" would miss "Dầu").</summary>
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
    private readonly string[] _words;

    public WordSearch(string? query) =>
        _words = Fold(query ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsEmpty => _words.Length == 0;

    /// <summary>Whether every word is found in one of <paramref name="texts"/>.</summary>
    public bool Matches(params IEnumerable<string?> texts)
    {
        var all = Fold(string.Join(' ', texts.Where(t => t is not null)));
        return _words.All(w => Compare.IndexOf(all, w, Loose) >= 0);
    }

    /// <summary>NFC, with đ read as d (a letter of its own, not a d with a mark, so the comparer would not fold it).</summary>
    private static string Fold(string text) => text.Normalize(System.Text.NormalizationForm.FormC).Replace('đ', 'd').Replace('Đ', 'D');
}
