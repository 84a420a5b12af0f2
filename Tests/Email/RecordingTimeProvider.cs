using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Email;

/// <summary>A fake clock that remembers every one-shot delay asked of it (not periodic timers), and moves on by itself while a task runs.</summary>
internal sealed class RecordingTimeProvider : FakeTimeProvider
{
    public List<TimeSpan> Delays { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period == Timeout.InfiniteTimeSpan)
        {
            lock (Delays)
            {
                Delays.Add(dueTime);
            }
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Awaits <paramref name="task"/>, advancing this clock a minute every 20 ms of real time so backoff delays elapse.</summary>
    public async Task RunAsync(Task task)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(20, limit.Token));
            limit.Token.ThrowIfCancellationRequested();
            Advance(TimeSpan.FromMinutes(1));
        }

        await task;
    }
}
