using System.Globalization;
using System.Text;

namespace DeadlineBot.Core.Plans.Appendix;

/// <summary>The content words of a task title, for telling which body task an appendix row repeats.</summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "của", "và", "các", "cho", "theo", "trong", "với", "là", "để", "nhằm", "tỉnh", "những", "một", "số", "có", "được",
        "về", "như", "đến", "năm", "tại", "thuộc", "từ", "trên", "này", "đó", "khác",
    };

    public static HashSet<string> Of(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0 && !Filler.Contains(word.ToString()))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return words;
    }

    /// <summary>The share of <paramref name="row"/>'s words that <paramref name="task"/> also has.</summary>
    public static double Overlap(HashSet<string> row, HashSet<string> task) =>
        row.Count == 0 ? 0 : row.Count(task.Contains) / (double)row.Count;
}
