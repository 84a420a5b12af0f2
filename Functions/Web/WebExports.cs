using DeadlineBot.Functions.Exports;
using DeadlineBot.Functions.Web.Pages;
using DeadlineBot.Functions.Web.Rendering;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web;

/// <summary>The export links list pages show (CSV and XLSX of the same filters), and an agency's calendar feed address.</summary>
public static class WebExports
{
    /// <summary>Links to export the rows <paramref name="query"/> selects, in each format.</summary>
    public static Markup ListLinks(TaskListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = query.ToQueryString();
        var separator = filters.Length == 0 ? "?" : filters + "&";
        return Html($"""
            <span class="exports">{WebText.Export}: {Join(ExportFormats.Names, f => Html($"""<a href="{WebPaths.To("tasks/export")}{separator}format={f}" download>{f.ToUpperInvariant()}</a> """))}</span>
            """);
    }

    /// <summary>Links to export the statistics per agency.</summary>
    public static Markup StatisticsLinks() => Html($"""
        <span class="exports">{WebText.Export}: {Join(ExportFormats.Names, f => Html($"""<a href="{WebPaths.To("admin/statistics")}?format={f}" download>{f.ToUpperInvariant()}</a> """))}</span>
        """);

    /// <summary>The agency's feed address to subscribe to in Outlook or Google Calendar, and the button that revokes it.</summary>
    public static Markup Feed(Uri? url, string agencyId, Security.WebPage page) => url is null ? Empty : Html($"""
        <section class="feed" aria-labelledby="h-feed"><h2 id="h-feed">{WebText.Feed}</h2>
        <p>{WebText.FeedHint}</p>
        <p><input type="text" readonly value="{url.ToString()}" aria-labelledby="h-feed" class="feed-url"> <a href="{url.ToString()}">{WebText.FeedOpen}</a></p>
        <form method="post" action="{WebPaths.Agency(agencyId)}/feed/revoke">{Views.Forms.Token(page)}<button type="submit" class="secondary">{WebText.FeedRevoke}</button></form>
        </section>
        """);
}
