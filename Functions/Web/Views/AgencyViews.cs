using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>The agency directory (those without an address first, flagged) and one agency's page: its open tasks, its feed, the edit form.</summary>
public static class AgencyViews
{
    public static PageResult Directory(WebPage page, IReadOnlyList<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var missing = agencies.Where(a => a.Emails.Count == 0).ToList();
        var body = Html($"""
            {If(missing.Count > 0, Html($"""<div class="notice warn" role="status"><p>{WebText.NoAddressNotice}</p><ul>{Join(missing, a => Html($"""<li><a href="{WebPaths.Agency(a.Id.Value)}">{a.DisplayName}</a></li>"""))}</ul></div>"""))}
            <div class="table-wrap"><table><thead><tr><th scope="col">{WebText.DisplayName}</th><th scope="col">{WebText.Emails}</th><th scope="col">{WebText.Aliases}</th></tr></thead><tbody>
            {Join(missing.Concat(agencies.Where(a => a.Emails.Count > 0)), Row)}
            </tbody></table></div>
            """);
        return new PageResult(Layout.Page(page, WebText.Agencies, body, WebText.Agencies));
    }

    public static PageResult Page(
        WebPage page, Agency agency, IReadOnlyList<TaskTracking> open, Markup feed, AgencyForm form,
        IReadOnlyDictionary<string, string[]>? errors = null, string? message = null, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        string? Error(string field) => errors is not null && errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
        var body = Html($"""
            {If(message is not null, Html($"""<p class="notice {(status == StatusCodes.Status200OK ? "ok" : "error")}" role="status">{message}</p>"""))}
            {If(agency.Emails.Count == 0, Html($"""<p class="notice warn">{WebText.NoAddress}</p>"""))}
            <h2>{WebText.OpenTasks}</h2>
            <p class="summary">{WebText.Rows(open.Count)} {WebExports.ListLinks(new TaskListQuery(null, agency.Id.Value, null, null, null, null))}</p>
            {TaskListView.Table(open)}
            {feed}
            <h2 id="edit">{WebText.Edit}</h2>{Forms.Errors(errors)}
            <form method="post" action="{WebPaths.Agency(agency.Id.Value)}">{Forms.Token(page)}{Forms.Hidden(AgencyForm.Version, form.ETag)}
            {Forms.Input("a-name", AgencyForm.Name, WebText.Name, form.Input.Name, Error("name"), hint: agency.Name)}
            {Forms.Input("a-display", AgencyForm.DisplayName, WebText.DisplayName, form.Input.DisplayName, Error("displayName"))}
            {Forms.TextArea("a-emails", AgencyForm.Emails, WebText.Emails, string.Join('\n', form.Input.Emails ?? []), rows: 3, hint: WebText.NamesHint)}{ErrorList(errors, "emails")}
            {Forms.TextArea("a-aliases", AgencyForm.Aliases, WebText.Aliases, string.Join('\n', form.Input.Aliases ?? []), rows: 3, hint: WebText.NamesHint)}{ErrorList(errors, "aliases")}
            <button type="submit">{WebText.Save}</button></form>
            """);
        return new PageResult(Layout.Page(page, agency.DisplayName, body, WebText.Agencies), status);
    }

    private static Markup Row(Agency a) => Html($"""
        <tr{If(a.Emails.Count == 0, Html($" class=\"missing\""))}><td><a href="{WebPaths.Agency(a.Id.Value)}">{a.DisplayName}</a></td>
        <td>{(a.Emails.Count == 0 ? Html($"""<strong class="flag">{WebText.NoAddress}</strong>""") : Text(string.Join(", ", a.Emails)))}</td><td>{string.Join("; ", a.Aliases)}</td></tr>
        """);

    private static Markup ErrorList(IReadOnlyDictionary<string, string[]>? errors, string prefix) =>
        Join((errors ?? new Dictionary<string, string[]>()).Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)),
            e => Html($"""<p class="field-error">{string.Join(" ", e.Value)}</p>"""));
}
