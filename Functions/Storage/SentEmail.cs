namespace DeadlineBot.Functions.Storage;

/// <summary>What a digest's email said when it went out: the subject and the plain-text body, for staff to read back.</summary>
public sealed record SentEmail(string Subject, string Text);
