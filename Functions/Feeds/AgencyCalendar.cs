using DeadlineBot.Core.Tracking;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DeadlineBot.Functions.Feeds;

/// <summary>
/// An agency's open work as an iCalendar (RFC 5545) feed, written by Ical.Net's serializer (CRLF, folding, escaping):
/// METHOD:PUBLISH, one all-day VEVENT per open one-off task or occurrence on its due date, with a UID that stays the
/// same across fetches (plan, task, occurrence), and one VALARM per day of the reminder policy, at
/// <see cref="AlarmHour"/>:00 local time that many days before the due date.
/// </summary>
public static class AgencyCalendar
{
    /// <summary>The hour of the day (Asia/Ho_Chi_Minh) alarms go off: the start of a working day.</summary>
    public const int AlarmHour = 8;

    /// <summary>The events' UID: <c>{planId}.{taskId}.{occurrence or "task"}@deadlinebot</c>.</summary>
    public static string Uid(TaskTracking row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var occurrence = row.Occurrence is { IsRecurring: true } o ? o.Id : "task";
        return $"{row.Task.PlanId}.{row.Task.Id}.{occurrence}@deadlinebot";
    }

    /// <param name="agency">The agency's display name.</param>
    /// <param name="rows">Its open rows, each with a due date.</param>
    /// <param name="daysBefore">The reminder policy's days before a due date.</param>
    /// <param name="stamp">Now (DTSTAMP).</param>
    /// <param name="link">The completion link of a row, if one can be made.</param>
    public static string Write(
        string agency, IReadOnlyList<TaskTracking> rows, IReadOnlyList<int> daysBefore, DateTimeOffset stamp, Func<TaskTracking, Uri?> link)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(daysBefore);
        ArgumentNullException.ThrowIfNull(link);
        var calendar = new Calendar { ProductId = FeedWords.ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", FeedWords.CalendarName(agency));
        calendar.AddProperty("X-WR-CALDESC", FeedWords.CalendarDescription(agency));
        calendar.AddProperty("X-WR-TIMEZONE", FeedWords.TimeZone);
        calendar.AddProperty("X-PUBLISHED-TTL", FeedWords.RefreshEvery);
        calendar.AddTimeZone(FeedWords.TimeZone);
        var dtStamp = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var row in rows)
        {
            if (row.Due is { } due)
            {
                calendar.Events.Add(Event(row, due, daysBefore, dtStamp, link(row)));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent Event(TaskTracking row, DateOnly due, IReadOnlyList<int> daysBefore, CalDateTime stamp, Uri? link)
    {
        var task = row.Task;
        var plan = task.PlanNumber is { } number ? $"{number} – {task.PlanTitle ?? task.PlanId}" : task.PlanTitle ?? task.PlanId;
        string?[] lines = [FeedWords.Plan(plan), FeedWords.Status(row.StatusWord), link is null ? null : FeedWords.Report(link)];
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(row),
            DtStamp = stamp,
            DtStart = new CalDateTime(due),
            DtEnd = new CalDateTime(due.AddDays(1)),
            Summary = FeedWords.Summary(task.Title, row.Occurrence?.Label),
            Description = string.Join('\n', lines.OfType<string>()),
            Transparency = "TRANSPARENT",
        };
        foreach (var days in daysBefore.Where(d => d >= 0).Distinct().Order())
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = "DISPLAY",
                Description = FeedWords.Alarm(task.Title, days),
                Trigger = new Trigger(Duration.FromHours((-days * 24) + AlarmHour)),
            });
        }

        return calendarEvent;
    }
}
