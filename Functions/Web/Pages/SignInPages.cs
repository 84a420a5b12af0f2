using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// Signing in and out. With keys (self-hosted, local): a staff or admin key of <c>DeadlineBot:Api:Keys</c> is exchanged
/// for the session cookie. With Entra ID (Azure): App Service Authentication signs people in at <c>/.auth/login/aad</c>
/// and out at <c>/.auth/logout</c>; these pages only send them there.
/// </summary>
public sealed class SignInPages(WebGuard guard, ApiKeys keys, SessionCookie sessions, ILogger<SignInPages> logger)
{
    private const string Route = WebPaths.Route + "/sign-in";

    [Function("WebSignInForm")]
    public async Task<IResult> FormAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (guard.Mode == SignInMode.EntraId)
        {
            return Results.Redirect("/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(WebPaths.Home));
        }

        var (page, refused) = await guard.EnterAsync(request, role: null);
        return refused ?? SignInView.Form(page!, Next(request.Query["next"]), error: null);
    }

    [Function("WebSignIn")]
    public async Task<IResult> SignInAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, refused) = await guard.EnterAsync(request, role: null);
        if (refused is not null)
        {
            return refused;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var next = Next(form["next"]);
        if (guard.Mode != SignInMode.Keys || keys.Match(form["key"].ToString()) is not { } key)
        {
            logger.LogWarning("Refused a web sign-in with a key that matches no configured key");
            return SignInView.Form(page!, next, WebText.SignInWrongKey);
        }

        sessions.Issue(request.HttpContext, new WebUser(key.Name, key.Role));
        logger.LogInformation("{User} ({Role}) signed in to the web app", key.Name, key.Role);
        return Results.Redirect(next);
    }

    [Function("WebSignOut")]
    public async Task<IResult> SignOutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebPaths.Route + "/sign-out")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, refused) = await guard.EnterAsync(request, role: null);
        if (refused is not null)
        {
            return refused;
        }

        sessions.Clear(request.HttpContext);
        return Results.Redirect(guard.Mode == SignInMode.EntraId ? "/.auth/logout" : WebPaths.SignIn);
    }

    /// <summary>Where to go after signing in: a path of this app only (never another site).</summary>
    private static string Next(string? next) =>
        next is { Length: > 1 } path && path.StartsWith(WebPaths.Base + "/", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)
            && !path.Contains('\\', StringComparison.Ordinal)
            ? path
            : WebPaths.Home;
}
