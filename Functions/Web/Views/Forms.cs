using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>Form pieces with their labels and error messages tied to the field (<c>aria-describedby</c>).</summary>
public static class Forms
{
    /// <summary>The anti-forgery token every form carries.</summary>
    public static Markup Token(WebPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Html($"""<input type="hidden" name="{WebGuard.TokenField}" value="{page.FormToken}">""");
    }

    public static Markup Hidden(string name, string? value) => Html($"""<input type="hidden" name="{name}" value="{value}">""");

    /// <summary>A labelled text input; <paramref name="error"/> is shown under it and announced with it.</summary>
    public static Markup Input(string id, string name, string label, string? value, string? error = null, string type = "text", string? hint = null, bool required = false)
    {
        var described = error is null && hint is null ? Empty : Html($""" aria-describedby="{id}-note" """);
        var note = error is not null
            ? Html($"""<span class="field-error" id="{id}-note">{error}</span>""")
            : hint is not null ? Html($"""<span class="hint" id="{id}-note">{hint}</span>""") : Empty;
        return Html($"""
            <div class="field"><label for="{id}">{label}</label>
            <input id="{id}" name="{name}" type="{type}" value="{value}"{described}{If(required, Html($" required"))}{If(error is not null, Html($""" aria-invalid="true" """))}>{note}</div>
            """);
    }

    public static Markup TextArea(string id, string name, string label, string? value, int rows = 3, string? hint = null) => Html($"""
        <div class="field"><label for="{id}">{label}</label>
        <textarea id="{id}" name="{name}" rows="{rows}"{If(hint is not null, Html($""" aria-describedby="{id}-note" """))}>{value}</textarea>{If(hint is not null, Html($"""<span class="hint" id="{id}-note">{hint}</span>"""))}</div>
        """);

    /// <summary>A labelled select; options are (value, text), the one equal to <paramref name="selected"/> chosen.</summary>
    public static Markup Select(string id, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected) => Html($"""
        <div class="field"><label for="{id}">{label}</label><select id="{id}" name="{name}">
        {Join(options, o => o.Value == (selected ?? string.Empty)
            ? Html($"""<option value="{o.Value}" selected>{o.Text}</option>""")
            : Html($"""<option value="{o.Value}">{o.Text}</option>"""))}
        </select></div>
        """);

    /// <summary>A summary of a form's errors at its top, announced when the page loads.</summary>
    public static Markup Errors(IReadOnlyDictionary<string, string[]>? errors) =>
        errors is not { Count: > 0 } ? Empty : Html($"""
            <div class="notice error" role="alert"><p>{WebText.FixErrors}</p><ul>{Join(errors, e => Html($"<li>{string.Join(" ", e.Value)}</li>"))}</ul></div>
            """);
}
