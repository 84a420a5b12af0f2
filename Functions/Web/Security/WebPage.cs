namespace DeadlineBot.Functions.Web.Security;

/// <summary>What a page is rendered for: the request, the signed-in user (null on the sign-in page) and the anti-forgery token its forms carry.</summary>
public sealed record WebPage(HttpContext Http, WebUser? User, string FormToken)
{
    public bool IsAdmin => User?.IsAdmin == true;
}
