using DeadlineBot.Functions.Completion;

namespace DeadlineBot.Functions.Feeds;

/// <summary>Registers the agencies' calendar feeds (<see cref="AgencyFeeds"/>) and their signed links.</summary>
public static class FeedSetup
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<LinkSigner>();
        builder.Services.AddSingleton<FeedLinks>();
        builder.Services.AddSingleton<AgencyFeeds>();
        return builder;
    }
}
