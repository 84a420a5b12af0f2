using System.ComponentModel.DataAnnotations;

namespace DeadlineBot.Functions.Web;

/// <summary>The web app's settings (section <c>DeadlineBot:Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "DeadlineBot:Web";

    /// <summary>
    /// How people sign in: <see cref="SignInMode.Keys"/> (self-hosted and local: a staff or admin key of
    /// <c>DeadlineBot:Api:Keys</c> sets a session cookie), or <see cref="SignInMode.EntraId"/> (in Azure: App Service
    /// Authentication signs people in and passes who they are in <c>X-MS-CLIENT-PRINCIPAL</c>, their role from the app
    /// roles <c>staff</c>/<c>admin</c>). The header is trusted only in the second mode, where the platform sets it.
    /// </summary>
    public SignInMode SignIn { get; set; } = SignInMode.Keys;

    /// <summary>How long a key sign-in lasts.</summary>
    [Range(1, 24 * 14)]
    public int SessionHours { get; set; } = 12;
}
