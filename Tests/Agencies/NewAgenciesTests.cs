using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Tests.Agencies;

/// <summary>The preview lists as new agencies only the bodies no directory entry answers to, with the tasks that name them.</summary>
[TestClass]
public sealed class NewAgenciesTests
{
    [TestMethod]
    public void Unknown_bodies_are_listed_once_with_every_task_that_names_them_and_groups_never()
    {
        string[][] tasks =
        [
            ["Sở Nội vụ", "Báo Quảng Ngãi", "các Sở, ngành liên quan"],
            ["Sở KH&CN", "các chuyên gia"],
            ["Báo Quảng Ngãi", "Sở Khoa học và Công nghệ", "UBND các huyện, thành phố"],
        ];

        var found = NewAgencies.Find(tasks, AgencyDirectory.Default.Canonical, name => name == "Sở Nội vụ");

        Assert.AreEqual("Báo Quảng Ngãi|0,2;Sở Khoa học và Công nghệ|1,2", string.Join(';', found.Select(a => $"{a.Name}|{string.Join(',', a.Tasks)}")));
    }

    [TestMethod]
    public void A_plan_whose_agencies_the_directory_knows_lists_none() =>
        Assert.IsEmpty(NewAgencies.Find([["Sở Nội vụ"], ["Sở Tài chính"]], n => n, _ => true));
}
