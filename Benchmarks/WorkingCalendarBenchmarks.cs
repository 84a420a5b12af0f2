using BenchmarkDotNet.Attributes;
using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Benchmarks;

/// <summary>
/// The calendar as the reminder scan uses it: one question per task for 100,000 tasks, beside a plain
/// <see cref="HashSet{T}"/> of days off, and what a year or a lunar conversion costs the first time.
/// Run: <c>dotnet run -c Release --project Benchmarks -- --filter '*WorkingCalendar*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class WorkingCalendarBenchmarks
{
    private const int Tasks = 100_000;

    private readonly DateOnly[] _dueDates = new DateOnly[Tasks];
    private HashSet<DateOnly> _daysOff = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var first = new DateOnly(2021, 1, 1);
        for (var i = 0; i < Tasks; i++)
        {
            _dueDates[i] = first.AddDays(random.Next(0, 10 * 365));
        }

        _daysOff = [.. Enumerable.Range(2021, 10).SelectMany(WorkingCalendar.Default.WeekdaysOff)];
    }

    [Benchmark(Baseline = true, Description = "HashSet of days off + weekend test, 100k dates")]
    public int HashSetLookup()
    {
        var working = 0;
        foreach (var date in _dueDates)
        {
            working += date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date) ? 1 : 0;
        }

        return working;
    }

    [Benchmark(Description = "IsWorkingDay, 100k dates")]
    public int IsWorkingDay()
    {
        var working = 0;
        foreach (var date in _dueDates)
        {
            working += WorkingCalendar.Default.IsWorkingDay(date) ? 1 : 0;
        }

        return working;
    }

    [Benchmark(Description = "OnOrBefore(due - 7), 100k dates")]
    public int OnOrBefore()
    {
        var sum = 0;
        foreach (var date in _dueDates)
        {
            sum += WorkingCalendar.Default.OnOrBefore(date.AddDays(-7)).Day;
        }

        return sum;
    }

    [Benchmark(Description = "AddWorkingDays(30), 100k dates")]
    public int AddThirtyWorkingDays()
    {
        var sum = 0;
        foreach (var date in _dueDates)
        {
            sum += WorkingCalendar.Default.AddWorkingDays(date, 30).Day;
        }

        return sum;
    }

    [Benchmark(Description = "first use of a year: computed holidays + bitset")]
    public bool FirstUseOfAYear() => WorkingCalendar.FromData(HolidayData.Empty).IsWorkingDay(new DateOnly(2031, 2, 3));

    [Benchmark(Description = "ToLunar, one date")]
    public LunarDate ToLunar() => LunarCalendar.Vietnamese.ToLunar(new DateOnly(2030, 2, 2));
}
