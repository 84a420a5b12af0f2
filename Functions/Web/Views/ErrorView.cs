using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>Error pages in Vietnamese, never JSON: what happened and where to go on.</summary>
public static class ErrorView
{
    public static PageResult Forbidden(WebUser? user) => Page(StatusCodes.Status403Forbidden, WebText.ForbiddenTitle, WebText.ForbiddenText, user);

    public static PageResult FormExpired(WebUser? user) => Page(StatusCodes.Status400BadRequest, WebText.FormExpiredTitle, WebText.FormExpiredText, user);

    public static PageResult NotFound(WebUser? user, string? what = null) =>
        Page(StatusCodes.Status404NotFound, WebText.NotFoundTitle, what ?? WebText.NotFoundText, user);

    public static PageResult Unexpected() => Page(StatusCodes.Status500InternalServerError, WebText.UnexpectedTitle, WebText.UnexpectedText, null);

    public static PageResult Page(int status, string title, string text, WebUser? user) =>
        new(Layout.Page(null, title, Html($"""
            <p class="notice error" role="alert">{text}</p>
            <p><a href="{(user is null ? WebPaths.SignIn : WebPaths.Home)}">{WebText.BackHome}</a></p>
            """)), status);
}
