using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeadlineBot.Core.Characters;

namespace DeadlineBot.Functions.Web.Rendering;

/// <summary>
/// A piece of HTML that is already safe to write. The only ways to make one are <see cref="Html"/>, whose
/// interpolated holes are HTML-encoded unless they are markup themselves, and <see cref="Join"/>; so text from a plan,
/// a task or a form can only reach a page encoded.
/// </summary>
public readonly record struct Markup
{
    /// <summary>Vietnamese letters stay readable in the page source; markup characters (and quotes) are encoded.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _value;

    internal Markup(string value) => _value = value;

    public static Markup Empty { get; } = new(string.Empty);

    public string Value => _value ?? string.Empty;

    /// <summary>Markup from an interpolated string: <c>Markup.Html($"&lt;td&gt;{task.Title}&lt;/td&gt;")</c> encodes the title.</summary>
    public static Markup Html(MarkupHandler handler) => handler.ToMarkup();

    /// <summary>Text, encoded (invisible characters stored before <see cref="SafeText"/> refused them are dropped).</summary>
    public static Markup Text(string? text) => new(Encode(text));

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Markup Join<T>(IEnumerable<T> items, Func<T, Markup> render) => Join(items.Select(render));

    /// <summary><paramref name="markup"/> when <paramref name="condition"/> holds, else nothing.</summary>
    public static Markup If(bool condition, Markup markup) => condition ? markup : Empty;

    internal static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(SafeText.Strip(text));

    public override string ToString() => Value;
}
