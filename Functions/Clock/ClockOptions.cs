using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace DeadlineBot.Functions.Clock;

/// <summary>
/// The app's one "today" (<c>DeadlineBot:Clock</c>): the real date in Asia/Ho_Chi_Minh, or in Development the
/// <see cref="AsOfDate"/> when it is set (see <see cref="AsOfTimeProvider"/>).
/// </summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string Section = "DeadlineBot:Clock";

    /// <summary>The key of the machine's own clock among the services; the app's <see cref="TimeProvider"/> is built over it.</summary>
    public const string RealClock = "real";

    /// <summary>Development only: the app runs as if today were this date (<c>2022-03-24</c>). Ignored when empty and outside Development.</summary>
    public string? AsOfDate { get; set; }

    public DateOnly? AsOf =>
        DateOnly.TryParseExact(AsOfDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The app's clock: <paramref name="real"/> moved to the as-of date in Development, else <paramref name="real"/> itself.</summary>
    public TimeProvider Over(TimeProvider real, bool development) =>
        development && AsOf is { } asOf ? new AsOfTimeProvider(real, asOf) : real;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(AsOfDate) && AsOf is null)
        {
            yield return new ValidationResult(
                $"{Section}:AsOfDate '{AsOfDate}' must be a date written yyyy-MM-dd (e.g. 2022-03-24), or empty.", [nameof(AsOfDate)]);
        }
    }
}
