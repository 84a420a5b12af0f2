using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>
/// A plan's preview as one form: the import's warnings, then each task as a row (its body/appendix conflicts and
/// warnings right under it), each with an editor in a <c>details</c> element (opens without script), the new agencies
/// to accept, reject or rename, and two buttons: update the preview, or confirm it.
/// </summary>
public static class PreviewView
{
    public static Markup Body(WebPage page, PlanDraft draft, string protectedDraft, IReadOnlyList<Agency> known, IReadOnlyDictionary<string, string[]>? errors)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var conflicts = draft.Conflicts;
        var rows = Enumerable.Range(0, draft.Tasks.Count).Select(i => Row(i, draft.Task(i), conflicts.Where(c => c.Ref == draft.Task(i).Ref).ToList(), draft.CountedFrom));
        return Html($"""
            <p class="lead-in"><strong>{draft.Number}</strong> {draft.Title} <span class="muted">({draft.FileName})</span></p>
            {Forms.Errors(errors)}
            {Notes(WebText.Problems, draft.Problems, "error")}{Notes(WebText.Warnings, draft.Warnings, "warn")}
            {If(conflicts.Count > 0, Html($"""<p class="notice warn" role="status">{WebText.Conflict}: {conflicts.Count}</p>"""))}
            <form method="post" action="{WebPaths.To("plans/confirm")}" class="preview" data-preview>{Forms.Token(page)}{Forms.Hidden(PlanDrafts.Field, protectedDraft)}
            <div class="table-wrap"><table class="preview-table"><thead><tr><th scope="col">{WebText.Ref}</th><th scope="col">{WebText.Title}</th><th scope="col">{WebText.Lead}</th>
            <th scope="col">{WebText.Cooperating}</th><th scope="col">{WebText.DeadlineText}</th></tr></thead>
            {Join(rows)}
            </table></div>
            {NewAgencies(draft, known)}
            <p class="actions"><button type="submit" formaction="{WebPaths.To("plans/draft")}" class="secondary">{WebText.ApplyEdits}</button>
            <button type="submit">{WebText.Confirm}</button></p>
            </form>
            """);
    }

    private static Markup Row(int i, DraftTask task, List<(string Ref, string Field, string Body, string Appendix, string Message)> conflicts, DateOnly? countedFrom)
    {
        var id = "t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var notes = conflicts.Count + task.Warnings.Count == 0 ? Empty : Html($"""
            <tr class="row-notes"><td></td><td colspan="4">{Join(conflicts, c => Html($"""<p class="conflict-note"><strong>{WebText.Conflict} ({c.Field}):</strong> {WebText.Body}: «{c.Body}» — {WebText.Appendix}: «{c.Appendix}»</p>"""))}{Join(task.Warnings, w => Html($"""<p class="warning">{w}</p>"""))}</td></tr>
            """);
        return Html($"""
            <tbody class="{(conflicts.Count > 0 ? "conflict" : string.Empty)}{(task.Edited ? " edited" : string.Empty)}" id="{id}">
            <tr><td>{task.Ref}</td><td>{task.Title}
            <details><summary>{WebText.Edit} {task.Ref}</summary><div class="row-editor">
            <div class="field"><label for="{id}-title">{WebText.Title}</label><textarea id="{id}-title" name="{id}.title" rows="3">{task.Title}</textarea></div>
            <div class="field"><label for="{id}-lead">{WebText.Lead}</label><textarea id="{id}-lead" name="{id}.lead" rows="2">{TaskForm.Joined(task.Lead)}</textarea></div>
            <div class="field"><label for="{id}-coop">{WebText.Cooperating}</label><textarea id="{id}-coop" name="{id}.cooperating" rows="2">{TaskForm.Joined(task.Cooperating)}</textarea></div>
            {TaskFormView.DeadlineField(id + "-deadline", id + ".deadlineText", task.DeadlineText, null, countedFrom)}
            </div></details></td>
            <td>{string.Join("; ", task.Lead)}</td><td>{string.Join("; ", task.Cooperating)}</td><td>{task.DeadlineText}{ScheduleText.List(task.Schedules)}</td></tr>
            {notes}</tbody>
            """);
    }

    private static Markup NewAgencies(PlanDraft draft, IReadOnlyList<Agency> known)
    {
        var names = draft.NewAgencies;
        if (names.Count == 0)
        {
            return Empty;
        }

        var options = known.Select(a => (a.Id.Value, a.DisplayName)).Prepend((string.Empty, "—")).ToList();
        return Html($"""
            <fieldset class="new-agencies"><legend>{WebText.NewAgencies}</legend>
            {Join(names.Select((a, j) => (a, j)), x => Agency(x.j, x.a.Name, x.a.Similar, draft.DecisionFor(x.a.Name), options))}
            </fieldset>
            """);
    }

    private static Markup Agency(int j, string name, IReadOnlyList<string> similar, (string Decision, string? RenameTo) decision, IReadOnlyList<(string, string)> options)
    {
        var id = "a" + j.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Markup Choice(string value, string label) => Html($"""
            <label><input type="radio" name="{id}.decision" value="{value}"{If(decision.Decision == value, Html($" checked"))}> {label}</label>
            """);
        return Html($"""
            <div class="agency-decision" role="group" aria-labelledby="{id}-name">{Forms.Hidden(id + ".name", name)}<p id="{id}-name"><strong>{name}</strong>{If(similar.Count > 0, Html($""" <span class="muted">(gần giống: {string.Join(", ", similar)})</span>"""))}</p>
            {Choice("accept", WebText.Accept)} {Choice("reject", WebText.Reject)} {Choice("rename", WebText.RenameTo)}
            {Forms.Select(id + "-rename", id + ".renameTo", WebText.RenameTo, options, decision.RenameTo)}</div>
            """);
    }

    private static Markup Notes(string heading, IReadOnlyList<string> notes, string kind) => notes.Count == 0 ? Empty : Html($"""
        <div class="notice {kind}"><p><strong>{heading}</strong></p><ul>{Join(notes, n => Html($"<li>{n}</li>"))}</ul></div>
        """);
}
