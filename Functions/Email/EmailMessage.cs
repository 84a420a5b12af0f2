namespace DeadlineBot.Functions.Email;

/// <summary>
/// An email to send: recipients, copies, and the rendered content. <see cref="Id"/>, when given (e.g. the digest id),
/// becomes the Message-Id's local part, so a resent digest carries the same Message-Id.
/// </summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    RenderedEmail Content,
    string? Id = null);
