using System.Diagnostics;
using System.Globalization;
using DeadlineBot.Core.Deadlines;
using DeadlineBot.Core.Reminders;
using DeadlineBot.Functions.Storage;
using DeadlineBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using T = DeadlineBot.Functions.Email.ReminderEmailTemplates;

namespace DeadlineBot.Tests.Campaign;

/// <summary>
/// One trial: a task per (agency, days before due), one scan and the deliveries until nothing is left to do, under the
/// faults its number picks (see <see cref="CampaignTrial(int, DateOnly, int[], string[])"/>), then the emails checked.
/// </summary>
internal sealed class CampaignTrial
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);
    private readonly int _number;
    private readonly DateOnly _day;
    private readonly int[] _dueIn;
    private readonly string[] _agencies;
    private readonly bool _storm;
    private readonly bool _inScan;
    private readonly FaultKind _kind;
    private readonly int _request;
    private readonly bool _dropReply;
    private readonly bool _refuse;
    private readonly bool _edits;

    /// <summary>Which faults trial <paramref name="number"/> injects: a sweep over request numbers and fault kinds, in the scan or the sending.</summary>
    public CampaignTrial(int number, DateOnly day, int[] dueIn, string[] agencies)
    {
        (_number, _day, _dueIn, _agencies) = (number, day, dueIn, agencies);
        _storm = number >= 50;
        _inScan = (number / 2) % 2 == 0;
        _kind = (FaultKind)(1 + (number % 4));
        _request = _inScan ? 1 + ((number * 7) % 45) : 1 + ((number * 5) % 30);
        _dropReply = number % 5 == 4;
        _refuse = number % 7 == 6;
        _edits = number % 3 == 2;
    }

    public int Faults { get; private set; }

    /// <summary>Where the post-250 window can open: a reply lost after DATA, or a crash while sending.</summary>
    private bool After250Possible => _dropReply || _storm || (!_inScan && _kind is FaultKind.CrashBefore or FaultKind.CrashAfter);

    /// <summary>(lead address, ref) → the due date the reminder must carry.</summary>
    private Dictionary<(string Agency, string Ref), DateOnly> Expected { get; } = [];

    private List<StoredTask> Tasks { get; } = [];

    private List<CampaignEmail> Emails { get; } = [];

    public async Task RunAsync(TestStorage storage, FakeTimeProvider time, RecordingSmtpServer smtp, CampaignInstance a, CampaignInstance b, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _agencies.Length; i++)
        {
            foreach (var days in _dueIn)
            {
                var task = new StoredTask(PlanId, Id(i, days), Ref(i, days), "Nhiệm vụ " + Ref(i, days), [_agencies[i]], [], null, null, [Schedule.DueOn(_day.AddDays(days))]);
                Tasks.Add(task);
                Expected[(_agencies[i], task.Ref)] = _day.AddDays(days);
            }
        }

        await storage.Tasks.AddManyAsync(Tasks, cancellationToken);
        using var ticker = new CancellationTokenSource();
        var clock = TickAsync(time, ticker.Token);
        try
        {
            Arm(a, b, scanning: true);
            await a.RunAsync(scans => scans.ScanAsync(null, cancellationToken));
            if (_edits)
            {
                await EditAsync(storage, cancellationToken);
            }

            Arm(a, b, scanning: false);
            smtp.DropReplies = _dropReply ? 1 : 0;
            smtp.RefuseMessages = _refuse ? 2 : 0;
            await DeliverAllAsync(storage, time, a, b, cancellationToken);
            if (_edits)
            {
                // The next recovery pass the same day (a scan again) reminds the re-assigned task to its new lead.
                a.Faults.Disarm();
                b.Faults.Disarm();
                await b.RunAsync(scans => scans.RepairAsync(cancellationToken));
                await DeliverAllAsync(storage, time, a, b, cancellationToken);
            }
        }
        finally
        {
            Faults += a.Faults.Injected + b.Faults.Injected;
            a.Faults.Disarm();
            b.Faults.Disarm();
            await ticker.CancelAsync();
            await clock;
        }

        while (smtp.Messages.TryDequeue(out var data))
        {
            Emails.Add(CampaignEmail.Parse(data));
        }
    }

    public void Check(RecordingSmtpServer smtp, TestAgencies directory, CampaignTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        tally.Jobs += Expected.Count;
        var byAgency = _agencies.ToDictionary(directory.AddressOf, name => name, StringComparer.OrdinalIgnoreCase);
        var intro = string.Format(CultureInfo.InvariantCulture, T.Intro, T.Date(_day));
        foreach (var email in Emails.Where(e => e.Intro != intro))
        {
            tally.WrongDay += email.Items.Count;
            tally.Problems.Add($"trial {_number}: email {email.MessageId} is written for '{email.Intro}', not {_day}");
        }

        var seen = Emails.SelectMany(e => e.Items.Select(i => (Key: (byAgency.GetValueOrDefault(e.To, e.To), i.Key), Line: i.Value, e.MessageId))).ToLookup(x => x.Key);
        foreach (var (key, due) in Expected)
        {
            var copies = seen[key].ToList();
            if (copies.Count == 0)
            {
                tally.Lost++;
                tally.Problems.Add($"trial {_number}: {key} was never sent");
                continue;
            }

            if (copies.Count > 1 && copies.Select(c => c.MessageId).Distinct().Count() == 1 && After250Possible)
            {
                tally.DuplicatedAfter250++;
            }
            else if (copies.Count > 1)
            {
                tally.DuplicatedOther++;
                tally.Problems.Add($"trial {_number}: {key} was sent {copies.Count} times ({string.Join(", ", copies.Select(c => c.MessageId))})");
            }

            CheckLine(key, due, copies[0].Line, tally);
        }

        foreach (var extra in seen.Where(g => !Expected.ContainsKey(g.Key)))
        {
            tally.Stale++;
            tally.Problems.Add($"trial {_number}: {extra.Key} was sent but the task was done, deleted or re-assigned");
        }
    }

    public async Task CleanUpAsync(TestStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        foreach (var task in await storage.Tasks.ListByPlanAsync(PlanId, cancellationToken))
        {
            await storage.Tasks.DeleteAsync(task.PlanId, task.Id, task.ETag, cancellationToken);
        }
    }

    private static async Task TickAsync(FakeTimeProvider time, CancellationToken cancellationToken)
    {
        // Time flows ten times faster than real time while a trial runs, so the sender's own waits (the Sent write's
        // backoff, the send deadline) pass; the trial jumps the clock further when it waits for recovery.
        while (!cancellationToken.IsCancellationRequested)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10, CancellationToken.None);
        }
    }

    private string PlanId => string.Create(CultureInfo.InvariantCulture, $"campaign{_number}");

    private string Id(int agency, int days) => string.Create(CultureInfo.InvariantCulture, $"t{_number}-{agency}-{days}");

    private string Ref(int agency, int days) => string.Create(CultureInfo.InvariantCulture, $"J{_number}-{agency}-{days}");

    private void CheckLine((string Agency, string Ref) key, DateOnly due, string line, CampaignTally tally)
    {
        var left = due.DayNumber - _day.DayNumber;
        var kind = left switch { > 0 => ReminderKind.Before, 0 => ReminderKind.Due, _ => ReminderKind.Overdue };
        var item = new ReminderItem(string.Empty, string.Empty, key.Ref, string.Empty, null, due, kind, Math.Abs(left), false, null, string.Empty);
        if (!line.Contains(T.Date(due), StringComparison.Ordinal))
        {
            tally.Stale++;
            tally.Problems.Add($"trial {_number}: {key} carried '{line}', not its deadline {due}");
        }
        else if (line != $"{T.DeadlineLabelOf(item)}: {T.Deadline(item)} – {T.Remaining(item)}")
        {
            tally.WrongDay++;
            tally.Problems.Add($"trial {_number}: {key} said '{line}' on {_day}");
        }
        else
        {
            tally.OnTime++;
        }
    }

    private void Arm(CampaignInstance a, CampaignInstance b, bool scanning)
    {
        a.Faults.Disarm();
        b.Faults.Disarm();
        if (_storm)
        {
            a.Faults.Storm(0.05);
            b.Faults.Storm(0.05);
        }
        else if (_inScan == scanning)
        {
            a.Faults.Arm(_request, _kind);
        }
    }

    /// <summary>Done, deleted, moved and re-assigned between the scan and the sending (agency 0's tasks).</summary>
    private async Task EditAsync(TestStorage storage, CancellationToken cancellationToken)
    {
        var (lead, next) = (_agencies[0], _agencies[1]);
        var done = (await storage.Tasks.GetAsync(PlanId, Id(0, _dueIn[0]), cancellationToken))!;
        await storage.Tasks.UpdateAsync(done with { DoneOn = _day }, cancellationToken);
        Expected.Remove((lead, done.Ref));
        var deleted = (await storage.Tasks.GetAsync(PlanId, Id(0, _dueIn[1]), cancellationToken))!;
        await storage.Tasks.DeleteAsync(PlanId, deleted.Id, deleted.ETag, cancellationToken);
        Expected.Remove((lead, deleted.Ref));
        var moved = (await storage.Tasks.GetAsync(PlanId, Id(0, _dueIn[2]), cancellationToken))!;
        // Moved so that a reminder is due today under the new deadline too (7 days before it), whether the scan ran before the edit or after.
        await storage.Tasks.UpdateAsync(moved with { Schedules = [Schedule.DueOn(_day.AddDays(7))] }, cancellationToken);
        Expected[(lead, moved.Ref)] = _day.AddDays(7);
        var reassigned = (await storage.Tasks.GetAsync(PlanId, Id(0, _dueIn[3]), cancellationToken))!;
        await storage.Tasks.UpdateAsync(reassigned with { Lead = [next] }, cancellationToken);
        Expected.Remove((lead, reassigned.Ref));
        Expected[(next, reassigned.Ref)] = _day.AddDays(_dueIn[3]);
    }

    /// <summary>Delivers through both instances until every digest of the day is finished and the queue is empty; recovery runs whenever the queue shows nothing.</summary>
    private async Task DeliverAllAsync(TestStorage storage, FakeTimeProvider time, CampaignInstance a, CampaignInstance b, CancellationToken cancellationToken)
    {
        var queue = await storage.Queues.GetMainAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed < Budget; round++)
        {
            var handled = await Task.WhenAll(a.DeliverRoundAsync(cancellationToken), b.DeliverRoundAsync(cancellationToken));
            if (round == 6)
            {
                a.Faults.Disarm();
                b.Faults.Disarm();
            }

            if (handled.Sum() > 0)
            {
                continue;
            }

            var unfinished = await storage.Log.ListInStatusAsync(_day.AddDays(-1), _day, [DigestStatus.Claimed, DigestStatus.Queued, DigestStatus.Sending, DigestStatus.Unknown], cancellationToken);
            var waiting = (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            if (unfinished.Count == 0 && waiting == 0 && await storage.ScanState.GetLastScanAsync(cancellationToken) == _day)
            {
                return;
            }

            time.Advance(TimeSpan.FromMinutes(3));
            await (round % 2 == 0 ? a : b).RunAsync(scans => scans.RepairAsync(cancellationToken));
            await Task.Delay(100, cancellationToken);
        }
    }
}
