using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DeadlineBot.Functions.Web.Rendering;

/// <summary>
/// The interpolated string handler behind <see cref="Markup.Html"/>: literals are written as they are (they are the
/// page's own markup), holes are encoded as text unless they are <see cref="Markup"/>; numbers and dates in the
/// invariant culture (pages format dates themselves, <see cref="Dates"/>).
/// </summary>
[InterpolatedStringHandler]
public readonly struct MarkupHandler
{
    private readonly StringBuilder _builder;

    public MarkupHandler(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted(Markup markup) => _builder.Append(markup.Value);

    public void AppendFormatted(string? text) => _builder.Append(Markup.Encode(text));

    public void AppendFormatted<T>(T value)
    {
        if (value is IEnumerable<Markup> parts)
        {
            foreach (var part in parts)
            {
                _builder.Append(part.Value);
            }

            return;
        }

        _builder.Append(Markup.Encode(Convert.ToString(value, CultureInfo.InvariantCulture)));
    }

    public Markup ToMarkup() => new(_builder.ToString());
}
