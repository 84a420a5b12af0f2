using System.Security.Claims;
using DeadlineBot.Functions.Web.Views;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Functions.Web.Security;

/// <summary>
/// The first thing every page function does: who is this (the session cookie, or Easy Auth's principal in Azure), may
/// they open this page (staff or admin), and, for a form post, does it carry its anti-forgery token. Refusals are
/// pages: to sign in (303), 403 for a staff member on an admin page, 400 for a form without a valid token.
/// </summary>
public sealed class WebGuard(SessionCookie sessions, IAntiforgery antiforgery, IOptions<WebOptions> options, ILogger<WebGuard> logger)
{
    public const string TokenField = "__RequestVerificationToken";

    public SignInMode Mode => options.Value.SignIn;

    /// <summary>The signed-in user of the request, if any.</summary>
    public WebUser? Who(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Mode == SignInMode.EntraId ? ClientPrincipal.Read(context.Request.Headers[ClientPrincipal.Header]) : sessions.Read(context);
    }

    /// <summary>
    /// The page's context when the request may go on; else the refusal. <paramref name="role"/> null: a page anyone may
    /// open (sign-in). A POST must carry the form's anti-forgery token.
    /// </summary>
    public async Task<(WebPage? Page, IResult? Refused)> EnterAsync(HttpRequest request, string? role)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        var user = Who(context);
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], Mode.ToString(), ClaimTypes.Name, ClaimTypes.Role));
        }

        if (role is not null && user is null)
        {
            return (null, Results.Redirect(SignInFor(request), permanent: false, preserveMethod: false));
        }

        if (role is not null && !user!.Has(role))
        {
            logger.LogWarning("Refused {User} ({Role}) a page for {Needed}: {Path}", user.Name, user.Role, role, request.Path);
            return (null, ErrorView.Forbidden(user));
        }

        if (HttpMethods.IsPost(request.Method) && !await antiforgery.IsRequestValidAsync(context))
        {
            logger.LogWarning("Refused a form without a valid anti-forgery token: {Path}", request.Path);
            return (null, ErrorView.FormExpired(user));
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return (new WebPage(context, user, tokens.RequestToken ?? string.Empty), null);
    }

    /// <summary>Where to sign in and come back to this page.</summary>
    private string SignInFor(HttpRequest request)
    {
        string back = HttpMethods.IsGet(request.Method) ? (request.Path + request.QueryString).ToString() : WebPaths.Home;
        return Mode == SignInMode.EntraId
            ? "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(back)
            : WebPaths.SignIn + "?next=" + Uri.EscapeDataString(back);
    }
}
