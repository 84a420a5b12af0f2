namespace DeadlineBot.Functions.Api.Models;

/// <summary>An agency's calendar feed URL, to paste into Outlook or Google Calendar ("subscribe from URL").</summary>
public sealed record FeedUrl(string Url);
