using DeadlineBot.Functions.Api.Keys;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Functions.Web.Security;
using DeadlineBot.Functions.Web.Views;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// How a page handler begins: it enters as staff or as admin (<see cref="WebGuard.EnterAsync"/>: sign in, 403 for staff
/// on an admin page, the form's anti-forgery token), and a page about a plan finds the plan (404 when there is none).
/// The handler runs only when it may, with what was found; else the refusal is the answer.
/// </summary>
public sealed class PageEntry(WebGuard guard, PlanRepository plans)
{
    public Task<IResult> AsStaffAsync(HttpRequest request, Func<WebPage, Task<IResult>> handle) => AsAsync(request, ApiRoles.Staff, handle);

    public Task<IResult> AsAdminAsync(HttpRequest request, Func<WebPage, Task<IResult>> handle) => AsAsync(request, ApiRoles.Admin, handle);

    /// <summary>As staff, on the plan <paramref name="planId"/>.</summary>
    public Task<IResult> WithPlanAsync(
        HttpRequest request, string planId, Func<WebPage, StoredPlan, Task<IResult>> handle, CancellationToken cancellationToken) =>
        AsStaffAsync(request, async page => await plans.GetAsync(planId, cancellationToken) is { } plan
            ? await handle(page, plan)
            : ErrorView.NotFound(page.User, WebText.PlanNotFound));

    /// <summary>As <paramref name="role"/> (<see cref="ApiRoles"/>), for a page open to either, by what it is asked for.</summary>
    public async Task<IResult> AsAsync(HttpRequest request, string role, Func<WebPage, Task<IResult>> handle)
    {
        var (page, refused) = await guard.EnterAsync(request, role);
        return refused ?? await handle(page!);
    }
}
