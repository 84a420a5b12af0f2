using System.Globalization;
using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>
/// The admins' dashboard: counts by status (each a link to the filtered list), open and overdue work per agency as CSS
/// bars drawn by the server (no script), the next 14 days, the longest overdue, failed deliveries with their re-drive
/// button, and the dry run for a chosen day.
/// </summary>
public static class DashboardView
{
    public sealed record Model(
        IReadOnlyList<TaskTracking> All, IReadOnlyList<AgencyStatistics> PerAgency, IReadOnlyList<TaskTracking> Next14, IReadOnlyList<TaskTracking> LongestOverdue,
        IReadOnlyList<DigestRecord> Failed, DateOnly DryRunDate, DryRunView? DryRun)
    {
        public string? Message { get; init; }
    }

    public static PageResult Page(WebPage page, Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = Html($"""
            {If(model.Message is not null, Html($"""<p class="notice ok" role="status">{model.Message}</p>"""))}
            <section aria-labelledby="h-counts"><h2 id="h-counts">{WebText.CountsByStatus}</h2>{Counts(model.All)}</section>
            <section aria-labelledby="h-agency"><h2 id="h-agency">{WebText.PerAgency}</h2><p class="summary">{WebExports.StatisticsLinks()}</p>{Bars(model.PerAgency)}</section>
            <section aria-labelledby="h-next"><h2 id="h-next">{WebText.Next14Days}</h2>{TaskListView.Table(model.Next14)}</section>
            <section aria-labelledby="h-overdue"><h2 id="h-overdue">{WebText.LongestOverdue}</h2>{TaskListView.Table(model.LongestOverdue)}</section>
            <section aria-labelledby="h-failed"><h2 id="h-failed">{WebText.FailedDeliveries}</h2>{Failed(page, model.Failed)}</section>
            <section aria-labelledby="h-dry"><h2 id="h-dry">{WebText.DryRun}</h2>{DryRun(model.DryRunDate, model.DryRun)}</section>
            """);
        return new PageResult(Layout.Page(page, WebText.Dashboard, body, WebText.Dashboard));
    }

    private static Markup Counts(IReadOnlyList<TaskTracking> all) => Html($"""
        <ul class="counts">{Join(Enum.GetValues<TrackingStatus>().Where(s => s != TrackingStatus.BeforeTracking), s => Html($"""
            <li class="{StatusBadge.CssClass(s)}"><a href="{WebPaths.To("tasks")}?status={s.ToString()}"><span class="count">{all.Count(t => t.Status == s)}</span> {TrackingWords.Of(s)}</a></li>
            """))}</ul>
        """);

    private static Markup Bars(IReadOnlyList<AgencyStatistics> rows)
    {
        var shown = rows.Where(r => r.Overdue + r.DueSoon + r.InTime > 0).OrderByDescending(r => r.Overdue).ThenByDescending(r => r.Overdue + r.DueSoon + r.InTime).Take(20).ToList();
        var max = Math.Max(1, shown.Select(r => r.Overdue + r.DueSoon + r.InTime).DefaultIfEmpty(1).Max());
        string Width(int n) => "w" + ((int)Math.Round(100.0 * n / max / 5) * 5).ToString(CultureInfo.InvariantCulture);
        return shown.Count == 0 ? Html($"""<p class="muted">{WebText.NoRows}</p>""") : Html($"""
            <table class="bars"><thead><tr><th scope="col">{WebText.Lead}</th><th scope="col">{WebText.Open} / {WebText.Overdue}</th></tr></thead><tbody>
            {Join(shown, r => Html($"""
                <tr><th scope="row"><a href="{WebPaths.Agency(r.AgencyId)}">{r.Agency}</a></th><td><div class="bar">
                <span class="seg st-overdue {Width(r.Overdue)}" title="{WebText.Overdue}: {r.Overdue}"></span><span class="seg st-open {Width(r.DueSoon + r.InTime)}" title="{WebText.Open}: {r.DueSoon + r.InTime}"></span></div>
                <span class="bar-label">{WebText.Open}: {r.Overdue + r.DueSoon + r.InTime} · {WebText.Overdue}: {r.Overdue}</span></td></tr>
                """))}
            </tbody></table>
            """);
    }

    private static Markup Failed(WebPage page, IReadOnlyList<DigestRecord> failed) => failed.Count == 0
        ? Html($"""<p class="muted">{WebText.NoFailures}</p>""")
        : Html($"""
            <div class="table-wrap"><table><thead><tr><th scope="col">{WebText.SentOn}</th><th scope="col">{WebText.Agencies}</th><th scope="col">{WebText.Status}</th><th scope="col">{WebText.Error}</th><th scope="col"></th></tr></thead><tbody>
            {Join(failed, d => Html($"""
                <tr><td>{Dates.Show(d.Date)}</td><td>{d.Agency}</td><td>{DigestWords.Of(d.Status)}</td><td>{d.Error}</td>
                <td class="actions"><form method="post" action="{WebPaths.To("admin/digests/" + Uri.EscapeDataString(d.Id) + "/redrive")}">{Forms.Token(page)}<button type="submit">{WebText.Redrive}</button></form>
                <form method="post" action="{WebPaths.To("admin/digests/" + Uri.EscapeDataString(d.Id) + "/dismiss")}">{Forms.Token(page)}<button type="submit" class="secondary">{WebText.Dismiss}</button></form></td></tr>
                """))}
            </tbody></table></div>
            """);

    private static Markup DryRun(DateOnly date, DryRunView? run) => Html($"""
        <form method="get" action="{WebPaths.To("admin")}" class="inline">{Forms.Input("dry-date", "dryRun", WebText.DryRunDate, Dates.Iso(date), type: "date")}<button type="submit">{WebText.DryRunButton}</button></form>
        {(run is null ? Empty : Html($"""
            <p>{WebText.DryRunSummary(run.Emails, run.Reminders, run.AlreadySent)}</p>
            <ul class="dry-run">{Join(run.Digests, d => Html($"<li><strong>{d.Agency}</strong>: {string.Join("; ", d.Items.Select(i => i.Ref + " " + i.Title + " (" + Dates.Show(i.Due) + ")"))}</li>"))}</ul>
            """))}
        """);
}
