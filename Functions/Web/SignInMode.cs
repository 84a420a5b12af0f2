namespace DeadlineBot.Functions.Web;

/// <summary>Who vouches for the person using the web app (see <see cref="WebOptions.SignIn"/>).</summary>
public enum SignInMode
{
    /// <summary>A staff or admin key, exchanged for a signed, encrypted session cookie.</summary>
    Keys,

    /// <summary>App Service Authentication with Microsoft Entra ID (Easy Auth); roles from the app's app roles.</summary>
    EntraId,
}
