using DeadlineBot.Functions.Hosting;
using DeadlineBot.Functions.Reminders;
using DeadlineBot.Tests.Support;
using static DeadlineBot.Tests.Service.Sample001;

namespace DeadlineBot.Tests.Service;

/// <summary>Sample 001 as the importer reads it (no hand-built tasks), stored, scanned on 24/3/2022 and emailed.</summary>
[TestClass]
public sealed class ImportedSample001Tests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Ct => TestContext.CancellationToken;

    [TestMethod]
    public async Task The_imported_plan_gives_each_lead_of_a_task_due_31_March_one_digest_and_Noi_vu_its_overdue_task_escalated()
    {
        await using var storage = TestStorage.Create();
        await using var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(ScanDay));
        using var mail = new MailDev();
        var agencies = new TestAgencies(storage.Options.TablePrefix);
        await agencies.AddAsync(storage.Agencies, [TuyenGiao, TaiChinh, NoiVu, LienHiep, Ubnd], Ct);
        await using (var plan = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples", "001_241023ceb20e6f40.txt")))
        {
            Assert.IsNotNull(await app.Get<Seeder>().SeedPlanAsync(plan, "001_241023ceb20e6f40.txt", Ct));
        }

        await app.ScanAndDeliverAsync(Ct);

        foreach (var (lead, reference) in new[] { (TuyenGiao, "II.1"), (TaiChinh, "II.2.c"), (NoiVu, "II.3.c"), (LienHiep, "II.4.d2") })
        {
            var email = (await mail.WaitForAsync(agencies.AddressOf(lead), 1, TimeSpan.FromSeconds(10), Ct)).Single();
            StringAssert.Contains(email.Text, $"[{reference}]", lead);
            StringAssert.Contains(email.Text, "còn 7 ngày", lead);
        }

        var noiVu = (await mail.EmailsToAsync(agencies.AddressOf(NoiVu), Ct)).Single();
        StringAssert.Contains(noiVu.Text, "[II.3.b]");
        StringAssert.Contains(noiVu.Text, "quá hạn 84 ngày");
        CollectionAssert.Contains(noiVu.CcAddresses.ToList(), agencies.AddressOf(Ubnd));
    }

    [TestMethod]
    public async Task Every_sample_plan_loads_through_the_seeder()
    {
        await using var storage = TestStorage.Create();
        await using var app = new DeadlineBotApp(storage, DeadlineBotApp.Morning(ScanDay));
        var seeder = app.Get<Seeder>();

        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Samples")))
        {
            await using var plan = File.OpenRead(path);
            Assert.IsNotNull(await seeder.SeedPlanAsync(plan, Path.GetFileName(path), Ct), path);
        }

        var scan = await app.Get<ReminderScanService>().ScanAsync(null, Ct);

        Assert.HasCount(5, await storage.Plans.ListAsync(Ct));
        Assert.IsGreaterThan(50, scan.Tasks);
        Assert.IsNotEmpty(scan.Queued);
    }
}
