namespace DeadlineBot.Functions.Hosting;

/// <summary>The self-host (<c>DeadlineBot:SelfHost</c>).</summary>
public sealed class SelfHostOptions
{
    public const string Section = "DeadlineBot:SelfHost";

    /// <summary>Whether the self-host runs the timer and the queue listener itself (tests drive them by hand).</summary>
    public bool Triggers { get; set; } = true;
}
