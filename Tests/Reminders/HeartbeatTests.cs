using DeadlineBot.Functions.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DeadlineBot.Tests.Reminders;

/// <summary>The heartbeat that renews a lease while a send runs: a renewal every period, none after it stops or is refused.</summary>
[TestClass]
public sealed class HeartbeatTests
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(100);

    [TestMethod]
    public async Task It_renews_once_every_period_while_the_work_runs_and_never_after_it_stops()
    {
        var time = new FakeTimeProvider();
        var renewals = new Renewals();
        var beat = Heartbeat.Start(renewals.RenewAsync, Every, time, NullLogger.Instance);

        for (var expected = 1; expected <= 3; expected++)
        {
            await renewals.AdvanceUntilAsync(time, expected);
            Assert.AreEqual(expected, renewals.Count);
        }

        await beat.DisposeAsync();
        time.Advance(Every * 3);
        Assert.AreEqual(3, renewals.Count);
    }

    [TestMethod]
    public async Task A_renewal_refused_because_the_record_moved_on_ends_the_beats()
    {
        var time = new FakeTimeProvider();
        var renewals = new Renewals { Refuse = true };
        await using var beat = Heartbeat.Start(renewals.RenewAsync, Every, time, NullLogger.Instance);

        await renewals.AdvanceUntilAsync(time, 1);
        time.Advance(Every * 3);

        Assert.AreEqual(1, renewals.Count);
    }

    /// <summary>Counts renewals; the clock is moved a period at a time until the next one has run.</summary>
    private sealed class Renewals
    {
        private int _count;

        public bool Refuse { get; init; }

        public int Count => Volatile.Read(ref _count);

        public Task<bool> RenewAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(!Refuse);
        }

        /// <summary>
        /// The heartbeat sets its next beat only after a renewal returns, on whichever thread ran it, so a period's advance
        /// can come before that beat exists: the clock goes on a period at a time until the count is reached.
        /// </summary>
        public async Task AdvanceUntilAsync(FakeTimeProvider time, int count)
        {
            for (var i = 0; i < 200 && Count < count; i++)
            {
                time.Advance(i == 0 ? Every : TimeSpan.FromSeconds(1));
                await Task.Delay(5);
            }
        }
    }
}
