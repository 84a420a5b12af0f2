using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Completion;
using Microsoft.Extensions.Options;

namespace DeadlineBot.Tests.Api;

[TestClass]
public sealed class CompletionLinksTests
{
    private static readonly CompletionLinks Links = new(Options.Create(new CompletionLinkOptions
    {
        BaseUrl = "https://nhacviec.example.gov.vn/",
        SigningKey = ApiHost.SigningKey,
        ValidDays = 30,
    }));

    private static readonly DateOnly Today = new(2022, 6, 1);

    [TestMethod]
    public void A_link_names_the_agency_plan_and_task_under_the_base_url_and_expires_after_the_valid_days()
    {
        var link = Links.For(AgencyId.FromName("Sở Nội vụ"), "p1", "t1", Today);

        StringAssert.StartsWith(link.ToString(), "https://nhacviec.example.gov.vn/api/complete/so-noi-vu/p1/t1?expires=2022-07-01&sig=");
    }

    [TestMethod]
    [DataRow("2022-07-01", LinkCheck.Valid)]
    [DataRow("2022-07-02", LinkCheck.Expired)]
    public void A_link_is_valid_through_its_last_day(string today, LinkCheck expected)
    {
        var (expires, sig) = Parts(Links.For(AgencyId.FromName("Sở Nội vụ"), "p1", "t1", Today));

        Assert.AreEqual(expected, Links.Check("so-noi-vu", "p1", "t1", null, expires, sig, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestMethod]
    [DataRow("so-tai-chinh", "p1", "t1", null)]
    [DataRow("so-noi-vu", "p2", "t1", null)]
    [DataRow("so-noi-vu", "p1", "t2", null)]
    [DataRow("so-noi-vu", "p1", "t1", "2023-01-01")]
    public void Changing_any_signed_part_makes_the_link_tampered(string agency, string plan, string task, string? expires)
    {
        var (signedExpiry, sig) = Parts(Links.For(AgencyId.FromName("Sở Nội vụ"), "p1", "t1", Today));

        Assert.AreEqual(LinkCheck.Tampered, Links.Check(agency, plan, task, null, expires ?? signedExpiry, sig, Today));
    }

    [TestMethod]
    public void A_link_signed_with_another_key_is_tampered()
    {
        var other = new CompletionLinks(Options.Create(new CompletionLinkOptions { BaseUrl = "https://x.example", SigningKey = new string('k', 40) }));
        var (expires, sig) = Parts(other.For(AgencyId.FromName("Sở Nội vụ"), "p1", "t1", Today));

        Assert.AreEqual(LinkCheck.Tampered, Links.Check("so-noi-vu", "p1", "t1", null, expires, sig, Today));
    }

    private static (string Expires, string Sig) Parts(Uri link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        return (query["expires"].ToString(), query["sig"].ToString());
    }
}
