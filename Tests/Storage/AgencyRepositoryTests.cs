using System.Text;
using DeadlineBot.Core.Agencies;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;

namespace DeadlineBot.Tests.Storage;

[TestClass]
public sealed class AgencyRepositoryTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task An_agency_comes_back_with_all_its_addresses_and_aliases()
    {
        await using var storage = TestStorage.Create();
        var agency = KhCn();

        await storage.Agencies.AddAsync(agency, Ct);
        var read = (await storage.Agencies.GetAsync(AgencyId.FromName("Sở Khoa học và Công nghệ"), Ct))!;

        Assert.AreEqual("so-khoa-hoc-va-cong-nghe", read.Id.Value);
        CollectionAssert.AreEqual(agency.Emails.ToArray(), read.Emails.ToArray());
        CollectionAssert.AreEqual(agency.Aliases.ToArray(), read.Aliases.ToArray());
    }

    [TestMethod]
    [DataRow("Sở Khoa học và Công nghệ")]
    [DataRow("Sở KH&CN")]
    [DataRow("sở kh&cn")]
    [DataRow("  Sở   KH&CN ")]
    [DataRow("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi")]
    public async Task An_agency_is_found_by_its_name_display_name_or_any_alias(string name)
    {
        await using var storage = TestStorage.Create();
        await storage.Agencies.AddAsync(KhCn(), Ct);
        await storage.Agencies.AddAsync(NoiVu(), Ct);

        var found = await storage.Agencies.FindByNameAsync(name, Ct);

        Assert.AreEqual("Sở Khoa học và Công nghệ", found?.Name);
    }

    [TestMethod]
    public async Task A_name_typed_in_decomposed_unicode_finds_the_same_agency()
    {
        await using var storage = TestStorage.Create();
        await storage.Agencies.AddAsync(NoiVu(), Ct);

        var found = await storage.Agencies.FindByNameAsync("Sở Nội vụ".Normalize(NormalizationForm.FormD), Ct);

        Assert.AreEqual("Sở Nội vụ", found?.Name);
    }

    [TestMethod]
    public async Task A_name_that_looks_like_a_filter_is_stored_and_found_literally()
    {
        await using var storage = TestStorage.Create();
        const string odd = "' or PartitionKey ne '";
        await storage.Agencies.AddAsync(NoiVu(), Ct);
        await storage.Agencies.AddAsync(new Agency(odd, odd, ["odd@example.test"], []), Ct);

        var found = await storage.Agencies.FindByNameAsync(odd, Ct);
        var injected = await storage.Agencies.FindByNameAsync("x' or Name ne 'x", Ct);

        Assert.AreEqual(odd, found?.Name);
        Assert.IsNull(injected);
    }

    [TestMethod]
    public async Task An_update_from_a_stale_read_is_refused_and_the_newer_addresses_stay()
    {
        await using var storage = TestStorage.Create();
        await storage.Agencies.AddAsync(NoiVu(), Ct);
        var id = AgencyId.FromName("Sở Nội vụ");
        var mine = (await storage.Agencies.GetAsync(id, Ct))!;
        var theirs = (await storage.Agencies.GetAsync(id, Ct))!;

        await storage.Agencies.UpdateAsync(theirs with { Emails = ["moi@example.test"] }, Ct);
        var stale = await storage.Agencies.UpdateAsync(mine with { Emails = ["cu@example.test"] }, Ct);

        Assert.AreEqual(WriteOutcome.Stale, stale.Outcome);
        CollectionAssert.AreEqual(new[] { "moi@example.test" }, (await storage.Agencies.GetAsync(id, Ct))!.Emails.ToArray());
    }

    internal static Agency KhCn() => new(
        "Sở Khoa học và Công nghệ",
        "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
        ["sokhcn@example.test", "vanthu.sokhcn@example.test"],
        ["Sở KH&CN", "Sở KHCN"]);

    internal static Agency NoiVu() => new("Sở Nội vụ", "Sở Nội vụ", ["sonoivu@example.test"], ["SNV"]);
}
