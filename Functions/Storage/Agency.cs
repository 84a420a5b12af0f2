using System.Text;
using Azure;
using DeadlineBot.Core.Agencies;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// An agency in the directory: its canonical <see cref="Name"/> (the key is derived from it), the name to show,
/// where its reminders go, and other names (abbreviations, former names) that mean it.
/// </summary>
public sealed record Agency(
    string Name,
    string DisplayName,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Aliases)
{
    public ETag ETag { get; init; }

    /// <summary>
    /// The secret that this agency's calendar feed URL is signed with (see <c>AgencyFeeds</c>); none until staff ask for
    /// the URL. A new token revokes every URL signed with the old one.
    /// </summary>
    public string? FeedToken { get; init; }

    public AgencyId Id => AgencyId.FromName(Name);

    /// <summary>True when <paramref name="name"/> is this agency's name or one of its aliases (NFC, case and spacing aside).</summary>
    public bool IsCalled(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = Normalize(name);
        return Aliases.Prepend(Name).Prepend(DisplayName).Any(n => string.Equals(Normalize(n), wanted, StringComparison.OrdinalIgnoreCase));
    }

    internal static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
