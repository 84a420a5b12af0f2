using DeadlineBot.Core.Calendar;

namespace DeadlineBot.Functions.Clock;

/// <summary>
/// The app's clock in development when <see cref="ClockOptions.AsOfDate"/> is set: the real clock moved by whole days,
/// so that today in Asia/Ho_Chi_Minh is the as-of date when the app starts, and time then runs on from it (the time
/// of day, timers and the next midnight are the real ones). Every part that reads <see cref="TimeProvider"/> (the scan,
/// reports, the dry run, completion pages and link expiry) sees the same day.
/// </summary>
public sealed class AsOfTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly TimeSpan _shift;

    public AsOfTimeProvider(TimeProvider real, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        _shift = TimeSpan.FromDays(asOf.DayNumber - VietnamTime.Today(real).DayNumber);
    }

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + _shift;

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _real.CreateTimer(callback, state, dueTime, period);
}
