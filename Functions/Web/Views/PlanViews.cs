using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>The plan list with the upload form, and a plan's page (its tasks in document order).</summary>
public static class PlanViews
{
    public static PageResult List(WebPage page, IReadOnlyList<StoredPlan> plans, string? error, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var body = Html($"""
            <h2>{WebText.Upload}</h2>
            <form method="post" action="{WebPaths.To("plans/preview")}" enctype="multipart/form-data" class="upload" data-drop-zone>{Forms.Token(page)}
            <div class="field drop"><label for="p-file">{WebText.UploadFile}</label>
            <input id="p-file" name="file" type="file" accept=".txt,.docx,.pdf" required aria-describedby="p-file-note">
            {(error is null ? Html($"""<span class="hint" id="p-file-note">{WebText.UploadHint}</span>""") : Html($"""<span class="field-error" id="p-file-note" role="alert">{error}</span>"""))}</div>
            <button type="submit">{WebText.UploadButton}</button></form>
            <h2>{WebText.Plans}</h2>
            {(plans.Count == 0 ? Html($"""<p class="muted">{WebText.NoPlans}</p>""") : Html($"""
                <div class="table-wrap"><table><thead><tr><th scope="col">{WebText.Number}</th><th scope="col">{WebText.Title}</th><th scope="col">{WebText.Issued}</th></tr></thead><tbody>
                {Join(plans.OrderByDescending(p => p.Date), p => Html($"""<tr><td>{p.Number}</td><td><a href="{WebPaths.Plan(p.Id)}">{p.Title ?? p.FileName ?? p.Id}</a></td><td>{Dates.Show(p.Date)}</td></tr>"""))}
                </tbody></table></div>
                """))}
            """);
        return new PageResult(Layout.Page(page, WebText.Plans, body, WebText.Plans), status);
    }

    public static PageResult Plan(WebPage page, StoredPlan plan, IReadOnlyList<TaskTracking> rows, string? message, Markup exports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var body = Html($"""
            {If(message is not null, Html($"""<p class="notice ok" role="status">{message}</p>"""))}
            <dl class="facts"><dt>{WebText.Number}</dt><dd>{plan.Number}</dd><dt>{WebText.Issued}</dt><dd>{Dates.Show(plan.Date)}</dd>
            <dt>{WebText.UploadFile}</dt><dd>{plan.FileName}</dd></dl>
            <p class="summary">{WebText.Rows(rows.Count)} {exports} <a href="{WebPaths.Plan(plan.Id)}/tasks/new">{WebText.AddTask}</a></p>
            {TaskListView.Table(rows, showPlan: false)}
            """);
        return new PageResult(Layout.Page(page, plan.Title ?? plan.Id, body, WebText.Plans));
    }

    /// <summary>The preview of an upload: see <see cref="PreviewView"/>.</summary>
    public static PageResult Preview(
        WebPage page, PlanDraft draft, string protectedDraft, IReadOnlyList<Agency> known, IReadOnlyDictionary<string, string[]>? errors, int status) =>
        new(Layout.Page(page, WebText.Preview, PreviewView.Body(page, draft, protectedDraft, known, errors), WebText.Plans), status);
}
