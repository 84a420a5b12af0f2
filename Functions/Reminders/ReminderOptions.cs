using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Cronos;
using DeadlineBot.Core.Reminders;

namespace DeadlineBot.Functions.Reminders;

/// <summary>When and how reminders go out (<c>DeadlineBot:Reminders</c>); defaults are DOMAIN.md's.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "DeadlineBot:Reminders";

    /// <summary>
    /// When the daily scan runs: an NCRONTAB expression (six fields, seconds first) in UTC, as Azure reads timer
    /// schedules. The scan function's trigger names this setting (<c>DeadlineBot__Reminders__Schedule</c>), and the
    /// self-host reads it here; the default is 01:00 UTC, 08:00 in Asia/Ho_Chi_Minh.
    /// </summary>
    public string Schedule { get; set; } = "0 0 1 * * *";

    /// <summary>When the recovery pass runs (<see cref="RecoveryTimerFunction"/>; the self-host runs it at start too), NCRONTAB in UTC.</summary>
    public string RecoverySchedule { get; set; } = "0 */5 * * * *";

    /// <summary>Days before each due date, comma-separated; 0 is the due date.</summary>
    public string DaysBefore { get; set; } = "30,14,7,3,1,0";

    [Range(1, 366)]
    public int OverdueEveryDays { get; set; } = 7;

    [Range(0, 3660)]
    public int EscalateAfterDays { get; set; } = 14;

    /// <summary>Copied on escalated digests and told about digests that could not be sent; comma-separated.</summary>
    public string? AdminEmails { get; set; }


    /// <summary>How long an unfinished digest may go untouched before recovery queues it again (see <see cref="DigestStates.NeedsRepair"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RecoverAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one delivery holds a digest while sending it; less than the queue message's invisibility while it is handled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:09:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one whole send may take (SMTP retries included); shorter than <see cref="SendLease"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:09:00")]
    public TimeSpan SendDeadline { get; set; } = TimeSpan.FromMinutes(2);

    public IReadOnlyList<int> DaysBeforeList =>
        [.. DaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, NumberStyles.None, CultureInfo.InvariantCulture))];

    public IReadOnlyList<string> AdminEmailList =>
        AdminEmails?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public ReminderPolicy ToPolicy() => new()
    {
        DaysBefore = DaysBeforeList,
        OverdueEveryDays = OverdueEveryDays,
        EscalateAfterDays = EscalateAfterDays,
    };

    public CronExpression Cron => CronExpression.Parse(Schedule, CronFormat.IncludeSeconds);

    public CronExpression RecoveryCron => CronExpression.Parse(RecoverySchedule, CronFormat.IncludeSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, schedule) in new[] { (nameof(Schedule), Schedule), (nameof(RecoverySchedule), RecoverySchedule) })
        {
            if (!CronExpression.TryParse(schedule, CronFormat.IncludeSeconds, out _))
            {
                yield return new ValidationResult(ReminderMessages.BadSchedule(name, schedule), [name]);
            }
        }

        if (DaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(d => !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 3660))
        {
            yield return new ValidationResult(ReminderMessages.BadDaysBefore(DaysBefore), [nameof(DaysBefore)]);
        }

        if (SendDeadline >= SendLease)
        {
            yield return new ValidationResult(ReminderMessages.DeadlineNotShorterThanLease(SendDeadline, SendLease), [nameof(SendDeadline)]);
        }
    }
}
