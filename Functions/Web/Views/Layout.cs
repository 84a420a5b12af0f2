using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>
/// The shell of every page: Vietnamese, a skip link, the navigation (the dashboard only for admins), who is signed in
/// with a sign-out button, the heading and the content. The style sheet and script are the app's own files; pages
/// read without the script.
/// </summary>
public static class Layout
{
    public static Markup Page(WebPage? page, string title, Markup body, string? current = null)
    {
        var user = page?.User;
        var nav = user is null ? Empty : Html($"""
            <nav aria-label="{WebText.Navigation}"><ul>
            {Link(WebPaths.To("tasks"), WebText.Tasks, current)}{Link(WebPaths.To("plans"), WebText.Plans, current)}{Link(WebPaths.To("agencies"), WebText.Agencies, current)}{If(user.IsAdmin, Link(WebPaths.To("admin"), WebText.Dashboard, current))}
            </ul></nav>
            <form class="signout" method="post" action="{WebPaths.To("sign-out")}">{Forms.Token(page!)}<span>{user.Name} · {WebText.RoleName(user.Role)}</span> <button type="submit" class="link">{WebText.SignOut}</button></form>
            """);
        return Html($"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} – {WebText.AppName}</title>
            <link rel="stylesheet" href="{WebPaths.Asset("site.css")}"><script src="{WebPaths.Asset("site.js")}" defer></script></head>
            <body><a class="skip" href="#main">{WebText.SkipToContent}</a>
            <header class="top"><a class="brand" href="{WebPaths.Home}">{WebText.AppName}</a>{nav}</header>
            <main id="main" tabindex="-1"><h1>{title}</h1>
            {body}
            </main></body></html>
            """);
    }

    private static Markup Link(string href, string text, string? current) =>
        text == current ? Html($"""<li><a href="{href}" aria-current="page">{text}</a></li>""") : Html($"""<li><a href="{href}">{text}</a></li>""");
}
