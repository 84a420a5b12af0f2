using System.Globalization;

namespace DeadlineBot.Core.Plans;

/// <summary>
/// Orders task refs as a plan's outline runs: "I.2" before "II.1", "II.3.b" before "II.3.đ" before "II.10", "II.4.b-2"
/// before "II.4.b-10". Segments are compared one by one: upper-case Roman numerals and numbers by value, the rest in
/// Vietnamese alphabetical order with digits read as numbers; a ref that is a prefix of another comes first.
/// </summary>
public sealed class RefOrder : IComparer<string?>
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    public static RefOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.');
        var right = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var byValue = Value(left[i]) is { } a && Value(right[i]) is { } b ? a.CompareTo(b) : 0;
            var order = byValue != 0 ? byValue : Vietnamese.Compare(left[i], right[i], CompareOptions.NumericOrdering | CompareOptions.IgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>The number a segment stands for: digits, or an upper-case Roman numeral; null for anything else.</summary>
    private static int? Value(string segment)
    {
        if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
        {
            return int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (segment.Length == 0 || !segment.All(c => "IVXLCDM".Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            var value = Roman(segment[i]);
            total += i + 1 < segment.Length && value < Roman(segment[i + 1]) ? -value : value;
        }

        return total;
    }

    private static int Roman(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
}
