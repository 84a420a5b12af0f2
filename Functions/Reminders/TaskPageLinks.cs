using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Reminders;

/// <summary>Links each item to its task under <c>DeadlineBot:Links:BaseUrl</c> (the default until signed links are registered).</summary>
public sealed class TaskPageLinks(IConfiguration configuration) : IReportLinks
{
    private readonly string _baseUrl = (configuration?["DeadlineBot:Links:BaseUrl"] is { Length: > 0 } url ? url : "http://localhost:7071").TrimEnd('/');

    public Uri LinkFor(AgencyId agency, ReminderItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new Uri($"{_baseUrl}/api/plans/{Uri.EscapeDataString(item.PlanId)}/tasks/{Uri.EscapeDataString(item.TaskId)}");
    }
}
