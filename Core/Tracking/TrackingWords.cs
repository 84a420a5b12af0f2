using DeadlineBot.Core.Characters;

namespace DeadlineBot.Core.Tracking;

/// <summary>The Vietnamese status words and every tracking message, in one place.</summary>
public static class TrackingWords
{
    public static string Of(TrackingStatus status) => status switch
    {
        TrackingStatus.InTime => "đang thực hiện trong hạn",
        TrackingStatus.DueSoon => "sắp đến hạn",
        TrackingStatus.Overdue => "quá hạn",
        TrackingStatus.DoneOnTime => "đã hoàn thành đúng hạn",
        TrackingStatus.DoneLate => "hoàn thành quá hạn",
        TrackingStatus.BeforeTracking => "trước khi theo dõi",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown tracking status."),
    };

    /// <summary>The status for a word or an enum name ("quá hạn", "Overdue", "overdue"); false when neither.</summary>
    public static bool TryParse(string? text, out TrackingStatus status)
    {
        status = default;
        if (string.IsNullOrWhiteSpace(text) || SafeText.Find(text) != TextFault.None)
        {
            return false;
        }

        var normalized = text.Normalize(System.Text.NormalizationForm.FormC).Trim();
        foreach (var candidate in Enum.GetValues<TrackingStatus>())
        {
            if (string.Equals(Of(candidate), normalized, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), normalized, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }
}
