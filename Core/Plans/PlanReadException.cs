namespace DeadlineBot.Core.Plans;

/// <summary>A document that cannot be read as a plan at all (empty, binary, not a Word file, no PDF text layer, too large).</summary>
public sealed class PlanReadException : Exception
{
    public PlanReadException()
    {
    }

    public PlanReadException(string message)
        : base(message)
    {
    }

    public PlanReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the document was refused for its size (the upload, what it unpacks to, its text or pages).</summary>
    public bool TooLarge { get; init; }
}
