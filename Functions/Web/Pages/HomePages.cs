using DeadlineBot.Core.Calendar;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Web.Rendering;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;
using Microsoft.Azure.Functions.Worker;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>The app's front door (admins to the dashboard, staff to the tasks), the deadline reader the forms' script asks as staff type, and a Vietnamese 404 for any other app path.</summary>
public sealed class HomePages(WebGuard guard, DeadlineParser parser, TimeProvider time)
{
    [Function("WebHome")]
    public async Task<IResult> HomeAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route)] HttpRequest request)
    {
        var (page, refused) = await guard.EnterAsync(request, ApiRoles.Staff);
        return refused ?? Results.Redirect(WebPaths.To(page!.IsAdmin ? "admin" : "tasks"));
    }

    /// <summary>The schedules a deadline text gives, as an HTML fragment (<c>?text=…&amp;from=yyyy-MM-dd</c>, the day relative deadlines count from).</summary>
    [Function("WebReadDeadline")]
    public async Task<IResult> ReadDeadlineAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebPaths.Route + "/deadline")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, refused) = await guard.EnterAsync(request, ApiRoles.Staff);
        if (refused is not null)
        {
            return refused;
        }

        var text = request.Query["text"].ToString();
        var from = Dates.TryRead(request.Query["from"], out var given) ? given : VietnamTime.Today(time);
        var read = parser.Parse(text.Length > Api.Validation.Limits.Line ? text[..Api.Validation.Limits.Line] : text, from);
        return new FragmentResult(ScheduleText.List(read.Schedules, read.Warnings));
    }

    [Function("WebNotFound")]
    public IResult NotFound(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = WebPaths.Route + "/{*path}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ErrorView.NotFound(guard.Who(request.HttpContext));
    }
}
