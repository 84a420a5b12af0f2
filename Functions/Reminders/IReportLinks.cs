using DeadlineBot.Core.Agencies;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Reminders;

/// <summary>
/// The "report done" link of a reminder item. The API area registers signed completion links; without it
/// <see cref="TaskPageLinks"/> links to the task's page.
/// </summary>
public interface IReportLinks
{
    Uri LinkFor(AgencyId agency, ReminderItem item, DateOnly today);
}
