using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeadlineBot.Core.Plans.Reading;

/// <summary>
/// Turns Word's automatic numbering back into the labels a reader sees (<c>II.</c>, <c>2.</c>, <c>a)</c>, <c>-</c>),
/// given on the paragraph or by its style (numbered headings), counting per numbering instance and restarting deeper
/// levels when a higher level moves on.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, Level[]> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<string, (int Id, int Level)> _styles = new(StringComparer.Ordinal);

    public WordNumbering(NumberingDefinitionsPart? part, StyleDefinitionsPart? styles)
    {
        ReadStyles(styles);
        var numbering = part?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .ToDictionary(a => a.AbstractNumberId!.Value, ReadLevels);
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId
                && abstracts.TryGetValue(abstractId, out var levels))
            {
                var copy = (Level[])levels.Clone();
                foreach (var levelOverride in instance.Elements<LevelOverride>())
                {
                    if (levelOverride.LevelIndex?.Value is { } index and >= 0 and < 9
                        && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                    {
                        copy[index] = copy[index] with { Start = start };
                    }
                }

                _levels[id] = copy;
            }
        }
    }

    /// <summary>The label of a numbered paragraph, or null when it has no numbering.</summary>
    public string? Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var (id, level) = properties?.NumberingId?.Val?.Value is { } direct
            ? (direct, properties.NumberingLevelReference?.Val?.Value ?? 0)
            : style is not null && _styles.TryGetValue(style, out var styled) ? styled : (0, 0);
        if (!_levels.TryGetValue(id, out var levels))
        {
            return null;
        }

        level = Math.Clamp(level, 0, 8);
        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = [.. levels.Select(l => l.Start - 1)];
            _counters[id] = counters;
        }

        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = levels[deeper].Start - 1;
        }

        if (levels[level].Format == "bullet")
        {
            return "-";
        }

        var label = levels[level].Text;
        for (var k = 0; k <= level; k++)
        {
            label = label.Replace($"%{k + 1}", Format(levels[k].Format, counters[k]), StringComparison.Ordinal);
        }

        return label;
    }

    /// <summary>Numbering that comes with a paragraph style (numbered headings), following <c>basedOn</c>.</summary>
    private void ReadStyles(StyleDefinitionsPart? part)
    {
        var styles = part?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal) ?? [];
        foreach (var (name, style) in styles)
        {
            var current = style;
            for (var depth = 0; current is not null && depth < 10; depth++)
            {
                var numbering = current.StyleParagraphProperties?.NumberingProperties;
                if (numbering?.NumberingId?.Val?.Value is { } id)
                {
                    _styles[name] = (id, numbering.NumberingLevelReference?.Val?.Value ?? 0);
                    break;
                }

                current = current.BasedOn?.Val?.Value is { } parent ? styles.GetValueOrDefault(parent) : null;
            }
        }
    }

    private static Level[] ReadLevels(AbstractNum abstractNum)
    {
        var levels = Enumerable.Range(0, 9).Select(i => new Level(1, "decimal", $"%{i + 1}.")).ToArray();
        foreach (var level in abstractNum.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < 9)
            {
                levels[index] = new Level(
                    level.StartNumberingValue?.Val?.Value ?? 1,
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? string.Empty);
            }
        }

        return levels;
    }

    private static string Format(string format, int value) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value) =>
        new('A'.AddTo((Math.Max(value, 1) - 1) % 26), ((Math.Max(value, 1) - 1) / 26) + 1);

    private static string Roman(int value)
    {
        var numerals = new (int Value, string Text)[]
        {
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        };
        var text = string.Empty;
        var rest = Math.Clamp(value, 1, 3999);
        foreach (var (n, t) in numerals)
        {
            while (rest >= n)
            {
                text += t;
                rest -= n;
            }
        }

        return text;
    }

    private sealed record Level(int Start, string Format, string Text);
}

file static class CharExtensions
{
    public static char AddTo(this char start, int offset) => (char)(start + offset);
}
