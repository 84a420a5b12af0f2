using System.Text;
using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class HolidayDataTests
{
    [TestMethod]
    public void The_embedded_official_data_covers_2021_to_2026()
    {
        CollectionAssert.AreEqual(new[] { 2021, 2022, 2023, 2024, 2025, 2026 }, HolidayData.Official.Years.Select(y => y.Year).ToArray());
        Assert.IsNull(HolidayData.Official.For(2027));
    }

    [TestMethod]
    public void Official_Tet_2026_is_14_to_22_February()
    {
        var tet = HolidayData.Official.For(2026)!.DaysOff.Where(d => d.Month == 2);

        CollectionAssert.AreEqual(Iso.Dates("2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20"), tet.ToArray());
    }

    [TestMethod]
    public void A_year_loads_with_its_days_off_and_make_up_working_days()
    {
        var data = Load("""{"year": 2027, "source": "test", "daysOff": ["2027-02-05", "2027-02-08"], "workingDays": ["2027-02-20"]}""");

        var year = data.For(2027)!;
        CollectionAssert.AreEqual(Iso.Dates("2027-02-05 2027-02-08"), year.DaysOff.ToArray());
        CollectionAssert.AreEqual(Iso.Dates("2027-02-20"), year.WorkingDays.ToArray());
        Assert.AreEqual("test", year.Source);
    }

    [TestMethod]
    public void A_list_of_years_loads_every_year()
    {
        var data = Load("""[{"year": 2027, "daysOff": ["2027-01-01"]}, {"year": 2028, "daysOff": []}]""");

        CollectionAssert.AreEqual(new[] { 2027, 2028 }, data.Years.Select(y => y.Year).ToArray());
    }

    [TestMethod]
    [DataRow("""{"year": 2027, "daysOff": ["2027-02-30"]}""", "2027.daysOff[0]", "2027-02-30")]
    [DataRow("""{"year": 2027, "daysOff": ["2027-02-05", "05/02/2027"]}""", "2027.daysOff[1]", "05/02/2027")]
    [DataRow("""{"year": 2027, "daysOff": ["2026-12-31"]}""", "2027.daysOff[0]", "2026-12-31")]
    [DataRow("""{"year": 2027, "daysOff": ["2027-01-01", "2027-01-01"]}""", "2027.daysOff[1]", "2027-01-01")]
    [DataRow("""{"year": 2027, "daysOff": ["2027-02-06"], "workingDays": ["2027-02-06"]}""", "2027.workingDays[0]", "2027-02-06")]
    [DataRow("""{"year": 2027, "workingDays": ["2027-02-08"]}""", "2027.workingDays[0]", "2027-02-08")]
    [DataRow("""{"year": 2027, "dayOff": []}""", "[0]", "dayOff")]
    [DataRow("""{"daysOff": []}""", "[0]", "year")]
    [DataRow("""{"year": "2027"}""", "[0].year", "2027")]
    [DataRow("""[{"year": 2027}, {"year": 2027}]""", "[1]", "2027")]
    [DataRow("""{"year": 2027, "daysOff": "2027-01-01"}""", "2027.daysOff", "")]
    [DataRow("""[2027]""", "[0]", "")]
    public void A_bad_entry_is_named_in_the_error_and_nothing_is_loaded(string json, string entry, string value)
    {
        var error = Assert.ThrowsExactly<HolidayDataException>(() => Load(json));

        Assert.HasCount(1, error.Errors);
        StringAssert.StartsWith(error.Errors[0], entry + ":");
        StringAssert.Contains(error.Errors[0], value);
    }

    [TestMethod]
    public void Every_bad_entry_is_reported_at_once()
    {
        Assert.IsFalse(HolidayData.TryLoad(Stream("""{"year": 2027, "daysOff": ["x", "2027-13-01"], "workingDays": ["y"]}"""), out var data, out var errors));

        Assert.IsNull(data);
        CollectionAssert.AreEqual(new[] { "2027.daysOff[0]", "2027.daysOff[1]", "2027.workingDays[0]" }, errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]).ToArray());
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("{\"year\": 2027,")]
    [DataRow("\"2027\"")]
    public void Text_that_is_not_a_year_or_a_list_of_years_is_refused(string json)
    {
        Assert.IsFalse(HolidayData.TryLoad(Stream(json), out _, out var errors));
        Assert.HasCount(1, errors);
    }

    [TestMethod]
    public void A_staff_file_on_top_of_the_official_data_gives_the_calendar_its_year()
    {
        using var file = File.OpenRead(Path.Combine("Fixtures", "Calendar", "staff-2027.json"));

        var calendar = WorkingCalendar.FromData(HolidayData.Official.With(HolidayData.Load(file)));

        Assert.AreEqual(Iso.Date("2027-02-11"), calendar.AddWorkingDays(Iso.Date("2027-02-03"), 1));
        Assert.IsTrue(calendar.IsWorkingDay(Iso.Date("2027-02-20")));
        Assert.IsFalse(calendar.IsWorkingDay(Iso.Date("2026-02-17")), "2026 keeps its official schedule");
    }

    [TestMethod]
    public void A_staff_file_with_typos_names_each_one()
    {
        using var file = File.OpenRead(Path.Combine("Fixtures", "Calendar", "staff-2027-typos.json"));

        var error = Assert.ThrowsExactly<HolidayDataException>(() => HolidayData.Load(file));

        Assert.HasCount(3, error.Errors);
        StringAssert.Contains(error.Errors[0], "workingDay");
        StringAssert.StartsWith(error.Errors[1], "2027.daysOff[1]: \"2027-02-31\"");
        StringAssert.StartsWith(error.Errors[2], "2027.daysOff[2]: \"04/02/2027\"");
        StringAssert.Contains(error.Message, "+2");
    }

    [TestMethod]
    public void Newer_data_replaces_the_years_it_gives_and_keeps_the_others()
    {
        var newer = Load("""{"year": 2026, "daysOff": ["2026-11-24"]}""");

        var merged = HolidayData.Official.With(newer);

        CollectionAssert.AreEqual(Iso.Dates("2026-11-24"), merged.For(2026)!.DaysOff.ToArray());
        Assert.AreSame(HolidayData.Official.For(2025), merged.For(2025));
    }

    [TestMethod]
    public void A_hand_built_year_refuses_a_make_up_day_that_is_not_on_a_weekend() =>
        Assert.ThrowsExactly<ArgumentException>(() => new HolidayYear(2027, [], [Iso.Date("2027-02-08")]));

    private static HolidayData Load(string json) => HolidayData.Load(Stream(json));

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
