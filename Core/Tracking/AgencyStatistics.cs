namespace DeadlineBot.Core.Tracking;

/// <summary>How one lead agency's tasks stand on a day: one count per status word.</summary>
public sealed record AgencyStatistics(
    string AgencyId,
    string Agency,
    int DoneOnTime,
    int DoneLate,
    int Overdue,
    int DueSoon,
    int InTime)
{
    public int Total => DoneOnTime + DoneLate + Overdue + DueSoon + InTime;
}
