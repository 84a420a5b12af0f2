using System.Globalization;

namespace DeadlineBot.Tests.Campaign;

/// <summary>The campaign's figures, and what went wrong, one line per problem.</summary>
internal sealed class CampaignTally
{
    public int Jobs { get; set; }

    public int OnTime { get; set; }

    public int Late { get; set; }

    /// <summary>Duplicates in the post-250 window (a crash or lost reply after the server took the email), each with one Message-ID.</summary>
    public int DuplicatedAfter250 { get; set; }

    public int DuplicatedOther { get; set; }

    public int Lost { get; set; }

    public int Stale { get; set; }

    public int WrongDay { get; set; }

    public int Trials { get; set; }

    public int FaultsInjected { get; set; }

    public List<string> Problems { get; } = [];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Delivery campaign: {Trials} trials, {FaultsInjected} faults, jobs {Jobs}, delivered on time {OnTime}, late {Late}, duplicated {DuplicatedAfter250 + DuplicatedOther} ({DuplicatedAfter250} post-250 with one Message-ID), lost {Lost}, stale {Stale}, wrong-day {WrongDay}");
}
