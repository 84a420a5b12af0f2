using System.Text;

namespace DeadlineBot.Functions.Web.Rendering;

/// <summary>A piece of a page the app's script puts in place (never a whole page), with the pages' security headers.</summary>
public sealed class FragmentResult(Markup html) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        PageResult.Apply(httpContext.Response);
        httpContext.Response.ContentType = PageResult.ContentType;
        await httpContext.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html.Value), httpContext.RequestAborted);
    }
}
