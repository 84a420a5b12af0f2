using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>The key sign-in form.</summary>
public static class SignInView
{
    public static PageResult Form(WebPage page, string next, string? error) => new(Layout.Page(page, WebText.SignInTitle, Html($"""
        <form method="post" action="{WebPaths.SignIn}" class="narrow">{Forms.Token(page)}{Forms.Hidden("next", next)}
        {Forms.Input("key", "key", WebText.SignInKey, null, error, type: "password", required: true)}
        <button type="submit">{WebText.SignInButton}</button></form>
        """)), error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
}
