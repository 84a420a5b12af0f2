using DeadlineBot.Core.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Calendar;

[TestClass]
public sealed class VietnamTimeTests
{
    [TestMethod]
    [DataRow("2026-11-23T16:59:00Z", "2026-11-23", "23:59 local is still the 23rd")]
    [DataRow("2026-11-23T17:01:00Z", "2026-11-24", "00:01 local is already the 24th while UTC is still the 23rd")]
    [DataRow("2026-12-31T17:00:00Z", "2027-01-01", "local midnight of the new year")]
    public void Today_is_the_date_in_Ho_Chi_Minh_City(string utc, string today, string why)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.AreEqual(Iso.Date(today), VietnamTime.Today(time), why);
    }

    [TestMethod]
    public void Moving_the_clock_two_minutes_across_local_midnight_changes_the_day()
    {
        var time = new FakeTimeProvider(VietnamTime.At(Iso.Date("2026-11-23"), new TimeOnly(23, 59)));
        Assert.AreEqual(Iso.Date("2026-11-23"), VietnamTime.Today(time));

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.AreEqual(Iso.Date("2026-11-24"), VietnamTime.Today(time));
        Assert.AreEqual(new DateTimeOffset(2026, 11, 23, 17, 1, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    [TestMethod]
    public void Eight_in_the_morning_local_is_one_in_the_morning_UTC() =>
        Assert.AreEqual(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), VietnamTime.At(Iso.Date("2026-11-24"), new TimeOnly(8, 0)).ToUniversalTime());
}
