using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>
/// One task: where it stands, its occurrences, the reminders sent about it, the completion reports with their notes, the
/// form to report it done, and the edit form (after a conflicting edit: the stored version beside the one typed).
/// </summary>
public static class TaskDetailView
{
    public sealed record Model(
        StoredPlan Plan, TaskView Task, IReadOnlyList<OccurrenceView> Occurrences, IReadOnlyList<DigestRecord> Reminders, TaskForm Form)
    {
        public string? Message { get; init; }

        public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

        /// <summary>Set after a conflicting edit: the task as someone else stored it meanwhile.</summary>
        public TaskView? Stored { get; init; }
    }

    public static PageResult Page(WebPage page, Model model, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(model);
        var task = model.Task;
        var path = WebPaths.Task(task.PlanId, task.Id);
        var body = Html($"""
            {If(model.Message is not null, Html($"""<p class="notice ok" role="status">{model.Message}</p>"""))}
            {(model.Stored is { } stored ? Stale(stored) : Empty)}
            <dl class="facts">
            <dt>{WebText.Plan}</dt><dd><a href="{WebPaths.Plan(model.Plan.Id)}">{model.Plan.Number} {model.Plan.Title}</a></dd>
            <dt>{WebText.Ref}</dt><dd>{task.Ref}</dd>
            <dt>{WebText.Lead}</dt><dd>{string.Join("; ", task.Lead)}</dd>
            <dt>{WebText.Cooperating}</dt><dd>{string.Join("; ", task.Cooperating)}</dd>
            <dt>{WebText.DeadlineText}</dt><dd>{task.DeadlineText}{ScheduleText.List(task.Schedules)}</dd>
            <dt>{WebText.Status}</dt><dd>{StatusBadge.Of(task.Status)} {Dates.Show(task.Due)}</dd>
            </dl>
            <h2>{WebText.Occurrences}</h2>{Occurrences(model.Occurrences)}
            <h2>{WebText.ReportDone}</h2>{DoneForm(page, path, model.Occurrences)}
            <h2>{WebText.Completions}</h2>{Completions(task.Completions)}
            <h2>{WebText.Reminders}</h2>{Reminders(model.Reminders)}
            <h2 id="edit">{WebText.EditTask}</h2>{TaskFormView.Form(page, path, model.Form, model.Errors, WebText.Save)}
            """);
        return new PageResult(Layout.Page(page, task.Title, body, WebText.Tasks), status);
    }

    private static Markup Stale(TaskView stored) => Html($"""
        <div class="notice error" role="alert"><p>{WebText.StaleEdit}</p>
        <h2>{WebText.StoredVersion}</h2><dl class="facts"><dt>{WebText.Title}</dt><dd>{stored.Title}</dd>
        <dt>{WebText.Lead}</dt><dd>{string.Join("; ", stored.Lead)}</dd><dt>{WebText.Cooperating}</dt><dd>{string.Join("; ", stored.Cooperating)}</dd>
        <dt>{WebText.DeadlineText}</dt><dd>{stored.DeadlineText}</dd><dt>{WebText.Note}</dt><dd>{stored.Note}</dd></dl></div>
        """);

    private static Markup Occurrences(IReadOnlyList<OccurrenceView> occurrences) => Html($"""
        <div class="table-wrap"><table><thead><tr><th scope="col">{WebText.Occurrence}</th><th scope="col">{WebText.Due}</th><th scope="col">{WebText.Status}</th>
        <th scope="col">{WebText.DoneOn}</th><th scope="col">{WebText.ReportedBy}</th><th scope="col">{WebText.Note}</th></tr></thead><tbody>
        {Join(occurrences, o => Html($"""
            <tr class="{StatusBadge.CssClass(o.Status)}"><td>{o.Label ?? "—"}</td><td>{Dates.Show(o.Due)}</td><td>{StatusBadge.Of(o.Status)}</td><td>{Dates.Show(o.DoneOn)}</td><td>{o.ReportedBy}</td><td>{o.Note}</td></tr>
            """))}
        </tbody></table></div>
        """);

    private static Markup DoneForm(WebPage page, string path, IReadOnlyList<OccurrenceView> occurrences)
    {
        var open = occurrences.Where(o => o.DoneOn is null).ToList();
        if (open.Count == 0)
        {
            return Html($"""<p class="muted">{WebText.DoneRecorded}</p>""");
        }

        var choice = open.Count == 1 && open[0].Id.Length == 0
            ? Empty
            : Forms.Select("d-occurrence", "occurrence", WebText.Occurrence, open.Select(o => (o.Id, (o.Label ?? o.Id) + " – " + Dates.Show(o.Due))), open[0].Id);
        return Html($"""
            <form method="post" action="{path}/done" class="done-form">{Forms.Token(page)}{choice}
            {Forms.TextArea("d-note", "note", WebText.Note, null, rows: 2)}<button type="submit">{WebText.ReportDoneButton}</button></form>
            """);
    }

    private static Markup Completions(IReadOnlyList<CompletionReport> reports) => reports.Count == 0
        ? Html($"""<p class="muted">{WebText.NoCompletions}</p>""")
        : Html($"""
            <ul class="reports">{Join(reports, r => Html($"<li><strong>{Dates.Show(r.DoneOn)}</strong>{(r.Occurrence is { Length: > 0 } o ? " (" + o + ")" : string.Empty)} — {r.ReportedBy}, {Dates.Show(r.Reported)}{(r.Note is { Length: > 0 } n ? ": " + n : string.Empty)}</li>"))}</ul>
            """);

    /// <summary>The email as it went out, folded away (a details element: no script needed).</summary>
    private static Markup SentEmail(SentEmail? email) => email is null
        ? Html($"")
        : Html($"""<details class="sent-email"><summary>{WebText.ShowEmail}</summary><p><strong>{email.Subject}</strong></p><pre>{email.Text}</pre></details>""");

    private static Markup Reminders(IReadOnlyList<DigestRecord> digests) => digests.Count == 0
        ? Html($"""<p class="muted">{WebText.NoReminders}</p>""")
        : Html($"""
            <div class="table-wrap"><table><thead><tr><th scope="col">{WebText.SentOn}</th><th scope="col">{WebText.SentTo}</th><th scope="col">{WebText.Status}</th><th scope="col">{WebText.EmailAsSent}</th></tr></thead><tbody>
            {Join(digests, d => Html($"<tr><td>{(d.Sent is { } sent ? Dates.Show(sent) : Dates.Show(d.Date))}</td><td>{d.Agency}{(d.Recipients is { Length: > 0 } to ? " — " + to : string.Empty)}</td><td>{DigestWords.Of(d.Status)}</td><td>{SentEmail(d.Email)}</td></tr>"))}
            </tbody></table></div>
            """);
}
