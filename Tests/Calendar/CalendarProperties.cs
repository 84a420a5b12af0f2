using DeadlineBot.Core.Calendar;
using FsCheck;
using FsCheck.Fluent;

namespace DeadlineBot.Tests.Calendar;

/// <summary>FsCheck properties over the calendar: periods, lunar round trips, working-day arithmetic.</summary>
[TestClass]
public sealed class CalendarProperties
{
    private static readonly DateOnly First1900 = new(1900, 1, 1);

    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2_000);

    /// <summary>Any day from 1/1/1900 to 31/12/2100.</summary>
    private static Arbitrary<DateOnly> Days1900To2100 { get; } =
        Gen.Choose(0, new DateOnly(2100, 12, 31).DayNumber - First1900.DayNumber).Select(First1900.AddDays).ToArbitrary();

    /// <summary>Any lunar date written year 1900–2100, month 1–12, day 1–30, leap or not, most of which exist.</summary>
    private static Arbitrary<LunarDate> LunarDates { get; } =
        (from year in Gen.Choose(1900, 2100)
         from month in Gen.Choose(1, 12)
         from day in Gen.Choose(1, 30)
         from leap in Gen.Elements(false, false, false, true)
         select new LunarDate(year, month, day, leap)).ToArbitrary();

    [TestMethod]
    public void A_month_end_is_followed_by_the_first_of_the_next_month() =>
        Prop.ForAll(Days1900To2100, day =>
        {
            var next = Periods.EndOfMonth(day).AddDays(1);
            return next.Day == 1 && next.Month != day.Month && Periods.EndOfMonth(day) >= day;
        }).Check(Many);

    [TestMethod]
    public void A_quarter_end_is_followed_by_the_first_day_of_the_next_quarter() =>
        Prop.ForAll(Days1900To2100, day =>
        {
            var quarter = Quarter.Of(day);
            return quarter.LastDay >= day && Quarter.Of(quarter.LastDay) == quarter
                && Quarter.Of(quarter.LastDay.AddDays(1)) == quarter.Next() && quarter.Next().FirstDay == quarter.LastDay.AddDays(1);
        }).Check(Many);

    [TestMethod]
    public void A_half_year_end_is_followed_by_the_first_day_of_the_next_half() =>
        Prop.ForAll(Days1900To2100, day =>
        {
            var half = HalfYear.Of(day);
            return half.Contains(day) && half.Contains(half.LastDay) && !half.Contains(half.LastDay.AddDays(1))
                && HalfYear.Of(half.LastDay.AddDays(1)) == half.Next();
        }).Check(Many);

    [TestMethod]
    public void A_year_end_is_followed_by_new_year_of_the_next() =>
        Prop.ForAll(Days1900To2100, day =>
        {
            var next = Periods.EndOfYear(day).AddDays(1);
            return next == Periods.StartOfYear(day.Year + 1);
        }).Check(Many);

    [TestMethod]
    public void Every_solar_day_from_1900_to_2100_converts_to_lunar_and_back() =>
        Prop.ForAll(Days1900To2100, day => LunarCalendar.Vietnamese.ToSolar(LunarCalendar.Vietnamese.ToLunar(day)) == day).Check(Many);

    [TestMethod]
    public void Every_existing_lunar_date_from_1900_to_2100_converts_to_solar_and_back() =>
        Prop.ForAll(LunarDates, lunar =>
            !LunarCalendar.Vietnamese.TryToSolar(lunar, out var solar) || LunarCalendar.Vietnamese.ToLunar(solar) == lunar).Check(Many);

    [TestMethod]
    public void Every_lunar_month_from_1900_to_2100_has_a_first_day_that_converts_back()
    {
        var lunar = LunarCalendar.Vietnamese;
        for (var year = 1900; year <= 2100; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var first = new LunarDate(year, month, 1);
                Assert.AreEqual(first, lunar.ToLunar(lunar.ToSolar(first)), $"{first}");
            }

            if (lunar.LeapMonth(year) is { } leap)
            {
                var first = new LunarDate(year, leap, 1, isLeapMonth: true);
                Assert.AreEqual(first, lunar.ToLunar(lunar.ToSolar(first)), $"{first}");
            }
        }
    }

    [TestMethod]
    public void Adding_working_days_lands_on_a_working_day_and_counting_back_gives_the_same_number() =>
        Prop.ForAll(Days1900To2100, Gen.Choose(-60, 60).ToArbitrary(), (from, days) =>
        {
            var calendar = WorkingCalendar.Default;
            var to = calendar.AddWorkingDays(from, days);
            var back = calendar.AddWorkingDays(to, -days);
            var expectedBack = days > 0 ? calendar.OnOrBefore(from) : days < 0 ? calendar.OnOrAfter(from) : from;
            return (days == 0 || calendar.IsWorkingDay(to))
                && calendar.WorkingDaysBetween(from, to) == days
                && back == expectedBack;
        }).Check(Many);
}
