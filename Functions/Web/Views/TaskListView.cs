using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>The task list: the filter form (a GET form: works without script, the address can be bookmarked) and the rows by status colour.</summary>
public static class TaskListView
{
    public static PageResult Page(
        WebPage page, TaskListQuery query, IReadOnlyList<StoredPlan> plans, IReadOnlyList<Agency> agencies, IReadOnlyList<TaskTracking> rows, Markup exports)
    {
        ArgumentNullException.ThrowIfNull(query);
        var planOptions = plans.Select(p => (p.Id, (p.Number is { } n ? n + " – " : string.Empty) + (p.Title ?? p.Id))).Prepend((string.Empty, WebText.Any));
        var agencyOptions = agencies.OrderBy(a => a.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))
            .Select(a => (a.Id.Value, a.DisplayName)).Prepend((string.Empty, WebText.Any));
        var statusOptions = Enum.GetValues<TrackingStatus>().Select(s => (s.ToString(), TrackingWords.Of(s))).Prepend((string.Empty, WebText.Any));
        var body = Html($"""
            <form method="get" action="{WebPaths.To("tasks")}" class="filters" role="search">
            {Forms.Select("q-plan", TaskListQuery.PlanField, WebText.Plan, planOptions, query.Plan)}
            {Forms.Select("q-agency", TaskListQuery.AgencyField, WebText.Lead, agencyOptions, query.Agency)}
            {Forms.Select("q-status", TaskListQuery.StatusField, WebText.Status, statusOptions, query.Status)}
            {Forms.Input("q-period", TaskListQuery.PeriodField, WebText.Period, query.Period, query.Error)}
            {Forms.Input("q-words", TaskListQuery.WordsField, WebText.Search, query.Words, type: "search")}
            <button type="submit">{WebText.Filter}</button></form>
            <p class="summary">{WebText.Rows(rows.Count)} {exports}</p>
            {Table(rows)}
            """);
        return new PageResult(Layout.Page(page, WebText.Tasks, body, WebText.Tasks));
    }

    /// <summary>Rows of tasks and occurrences, each with its status word on its colour; also used by the plan and agency pages.</summary>
    public static Markup Table(IReadOnlyList<TaskTracking> rows, bool showPlan = true) => rows.Count == 0
        ? Html($"""<p class="muted">{WebText.NoRows}</p>""")
        : Html($"""
            <div class="table-wrap"><table class="tasks"><thead><tr><th scope="col">{WebText.Ref}</th><th scope="col">{WebText.Title}</th><th scope="col">{WebText.Lead}</th>
            <th scope="col">{WebText.Due}</th><th scope="col">{WebText.Status}</th>{If(showPlan, Html($"""<th scope="col">{WebText.Plan}</th>"""))}</tr></thead>
            <tbody>{Join(rows, r => Row(r, showPlan))}</tbody></table></div>
            """);

    private static Markup Row(TaskTracking row, bool showPlan)
    {
        var task = row.Task;
        var occurrence = row.Occurrence?.Label is { } label ? Html($""" <span class="muted">({label})</span>""") : Empty;
        return Html($"""
            <tr class="{StatusBadge.CssClass(row.Status)}"><td>{task.Ref}</td><td><a href="{WebPaths.Task(task.PlanId, task.Id)}">{task.Title}</a>{occurrence}</td>
            <td>{string.Join("; ", task.Lead)}</td><td>{Dates.Show(row.Due)}</td><td>{StatusBadge.Of(row.Status)}</td>{If(showPlan, Html($"""<td class="plan-col"><span class="clamp" title="{task.PlanTitle}">{task.PlanTitle}</span></td>"""))}</tr>
            """);
    }
}
