using DeadlineBot.Core.Tracking;
using DeadlineBot.Functions.Web.Rendering;
using static DeadlineBot.Functions.Web.Rendering.Markup;

namespace DeadlineBot.Functions.Web.Views;

/// <summary>
/// A status as officials read it: its Vietnamese word (<see cref="TrackingWords"/>) on the colour they expect: green
/// done on time, teal done late, blue in time, amber due soon, red overdue, grey before tracking. The word is always
/// written, so the colour is never the only sign.
/// </summary>
public static class StatusBadge
{
    public static string CssClass(TrackingStatus status) => status switch
    {
        TrackingStatus.DoneOnTime => "st-done",
        TrackingStatus.DoneLate => "st-late",
        TrackingStatus.InTime => "st-intime",
        TrackingStatus.DueSoon => "st-soon",
        TrackingStatus.Overdue => "st-overdue",
        _ => "st-before",
    };

    public static Markup Of(TrackingStatus status) => Html($"""<span class="badge {CssClass(status)}">{TrackingWords.Of(status)}</span>""");
}
