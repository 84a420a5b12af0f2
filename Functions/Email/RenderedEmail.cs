namespace DeadlineBot.Functions.Email;

/// <summary>An email's subject and its two bodies, HTML and plain text, saying the same thing.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
